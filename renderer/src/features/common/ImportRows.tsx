/**
 * What an import would do, row by row, as `imports.preview` answers it: the row's number in the file, its
 * outcome, what it is, and its changes (old → new) or errors (column: message).
 */
import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RESULT_IMPORT_FIELDS, type ImportChange, type ImportRow } from '../../../../shared/imports/api';

const OUTCOME_COLOUR = { new: 'teal', update: 'blue', unchanged: 'gray', error: 'red' } as const;

const isResultField = (f: ImportChange['field']): f is (typeof RESULT_IMPORT_FIELDS)[number] => (RESULT_IMPORT_FIELDS as readonly string[]).includes(f);
function fieldLabel(field: ImportChange['field'], t: (key: string) => string): string {
  if (field === 'leaders') return t('school.leaders');
  return isResultField(field) ? t(`results.field.${field}`) : t(`imports.field.${field}`);
}

/** `nameLabel` heads the name column when a row names something else than a school (a results line's subject). */
export function ImportRows({ rows, withAbbreviation = true, nameLabel }: { rows: ImportRow[]; withAbbreviation?: boolean; nameLabel?: string }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={360}>
      <Table striped withTableBorder fz="xs" data-testid="import-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('imports.row')}</Table.Th>
            <Table.Th w={110}>{t('imports.outcome')}</Table.Th>
            {withAbbreviation && <Table.Th w={110}>{t('imports.field.abbreviation')}</Table.Th>}
            <Table.Th>{nameLabel ?? (withAbbreviation ? t('imports.field.name') : t('imports.what'))}</Table.Th>
            <Table.Th>{t('imports.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.sheet}-${r.row}`} data-testid="import-row" data-row={r.row} data-outcome={r.outcome}>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>
                <Badge size="sm" color={OUTCOME_COLOUR[r.outcome]} variant="light">{t(`imports.outcomeName.${r.outcome}`)}</Badge>
              </Table.Td>
              {withAbbreviation && <Table.Td>{r.abbreviation}</Table.Td>}
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>
                {r.changes.map((c) => (
                  <Text key={c.field} size="xs">{fieldLabel(c.field, t)}: {c.old || '—'} → {c.new || '—'}</Text>
                ))}
                {r.errors.map((e, i) => (
                  <Text key={i} size="xs" c="red">{e.column}: {e.message}</Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
