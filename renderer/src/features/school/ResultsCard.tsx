/** On a school's page: its latest A–C % per subject against target, and the way to its results. */
import { Anchor, Card, Group, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolResults } from '../../../../shared/results/types';
import { call } from '../../api';
import { useNavigate } from '../../navigation';
import { notifyError } from '../../notify';
import { changeColour, changeText, nameOf, percentText } from '../improvement/results/names';

export function ResultsCard({ schoolId }: { schoolId: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [results, setResults] = useState<SchoolResults | null>(null);
  useEffect(() => {
    call('results.school', { schoolId }).then(setResults).catch(notifyError);
  }, [schoolId]);
  // Each exam and subject's latest year with a result, with that year's target.
  const latest = (results?.series ?? []).flatMap((s) => {
    const p = [...s.points].reverse().find((x) => x.acPercent !== null);
    return p ? [{ ...s, point: p }] : [];
  });
  const type = (id: number) => results?.examTypes.find((e) => e.id === id);
  const subject = (id: number) => results?.subjects.find((e) => e.id === id);
  return (
    <Card withBorder data-testid="school-results" className="print-keep">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('results.card')}</Text>
        <Anchor size="sm" component="button" onClick={() => navigate({ page: 'improvement', tab: 'results', schoolId })} data-testid="school-results-open" data-print-hide>{t('results.openResults')}</Anchor>
      </Group>
      {latest.length === 0 ? (
        <Text size="sm" c="dimmed">{t('results.cardNone')}</Text>
      ) : (
        <Table fz="sm" verticalSpacing={2}>
          <Table.Tbody>
            {latest.map((s) => {
              const gap = s.point.target === null || s.point.acPercent === null ? null : Math.round((s.point.acPercent - s.point.target) * 10) / 10;
              return (
                <Table.Tr key={`${s.examTypeId}-${s.subjectId}`} data-testid="school-result" data-subject={subject(s.subjectId)?.code}>
                  <Table.Td>{type(s.examTypeId)?.code} {s.point.year}</Table.Td>
                  <Table.Td>{nameOf(subject(s.subjectId), i18n.language)}</Table.Td>
                  <Table.Td ta="right" fw={600}>{percentText(s.point.acPercent)}%</Table.Td>
                  <Table.Td c="dimmed">{s.point.target === null ? t('results.noTarget') : `${t('results.target')} ${percentText(s.point.target)}`}</Table.Td>
                  <Table.Td ta="right"><Text size="sm" c={changeColour(gap)} span>{changeText(gap)}</Text></Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
