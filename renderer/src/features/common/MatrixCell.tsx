/**
 * A cell of a dense matrix (schools × weeks): a plain <td> with Mantine Table's own class and column border,
 * so it looks exactly like Table.Td. Table.Td is a styled Box per cell, which over a matrix of hundreds of
 * cells costs the page tens of milliseconds before it can show.
 */
import { Table } from '@mantine/core';
import type { TdHTMLAttributes } from 'react';

export function MatrixCell({ fill, center, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { fill?: string; center?: boolean }) {
  return <td className={Table.classes.td} data-with-column-border style={{ background: fill, textAlign: center ? 'center' : undefined }} {...props} />;
}
