/**
 * Under the Gantt: each initiative's success measures with their value against target, one light table
 * (no per-bar components, so the Gantt stays as fast as it was). A row opens its initiative's form.
 */
import { Badge, Group, Paper, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasuresOfYear } from '../../../../shared/attendance/types';
import { inLanguage } from '../../../../shared/bilingual';
import type { Language } from '../../../../shared/dates';
import { formatAmount, formatBasis, statusColour, statusOf } from './measure-format';

export function MeasuresPanel({ data, onEdit }: { data: MeasuresOfYear; onEdit: (initiativeId: number) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const measured = data.initiatives.filter((i) => i.measures.length > 0);
  const without = data.initiatives.filter((i) => i.measures.length === 0).map((i) => i.code);
  return (
    <Paper withBorder p="sm" data-testid="measures-panel" data-print-hide>
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('attendance.measures')}</Title>
        <Text size="xs" c="dimmed">{t('attendance.measuresHint')}</Text>
      </Group>
      {measured.length === 0 ? (
        <Text size="sm" c="dimmed">{t('attendance.noMeasures')}</Text>
      ) : (
        <Table striped={false} verticalSpacing={4} horizontalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>{t('plan.code')}</Table.Th>
              <Table.Th>{t('attendance.measure')}</Table.Th>
              <Table.Th ta="right">{t('attendance.value')}</Table.Th>
              <Table.Th ta="right">{t('attendance.target')}</Table.Th>
              <Table.Th w={150} />
              <Table.Th>{t('attendance.basis')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measured.flatMap((i) =>
              i.measures.map((m, n) => {
                const status = statusOf(m);
                return (
                  <Table.Tr key={m.id} data-testid="measure-row" data-code={i.code} data-kind={m.kind}>
                    <Table.Td>
                      {n === 0 && (
                        <UnstyledButton onClick={() => onEdit(i.initiativeId)} data-testid="measure-edit">
                          <Group gap={6} wrap="nowrap">
                            <span style={{ width: 10, height: 10, borderRadius: 2, background: i.colour, display: 'inline-block' }} />
                            <Text size="sm" fw={600}>{i.code}</Text>
                          </Group>
                        </UnstyledButton>
                      )}
                    </Table.Td>
                    <Table.Td>{inLanguage(m.labelMs, m.labelEn, language)}</Table.Td>
                    <Table.Td ta="right" fw={600} data-testid="measure-value">{formatAmount(m.kind, m.value, t)}</Table.Td>
                    <Table.Td ta="right">{formatAmount(m.kind, m.target, t)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge size="sm" variant="light" tt="none" color={statusColour[status]} data-testid="measure-status">{t(`attendance.${status}`)}</Badge>
                    </Table.Td>
                    <Table.Td c="dimmed" data-testid="measure-basis">{formatBasis(m, t)}</Table.Td>
                  </Table.Tr>
                );
              }),
            )}
          </Table.Tbody>
        </Table>
      )}
      {measured.length > 0 && without.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>{t('attendance.withoutMeasures', { codes: without.join(', ') })}</Text>
      )}
    </Paper>
  );
}
