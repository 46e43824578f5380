/**
 * STEPS checkpoint reviews: for each dated exam of the year, a table of the sitting schools × checkpoints
 * (150/100/50/20 days) with each status and predicted A–C %, edited a checkpoint at a time, and the curve
 * of predictions toward the exam ending at the actual result.
 */
import { ActionIcon, Badge, Card, Group, Loader, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayLocal } from '../../../../shared/dates';
import type { CheckpointExam, CheckpointReviews } from '../../../../shared/results/types';
import { call } from '../../api';
import { notifyError } from '../../notify';
import { CheckpointCurve } from './results/CheckpointCurve';
import { CheckpointForm, STATUS_COLOUR } from './results/CheckpointForm';
import { percentText, yearChoices } from './results/names';

const thisYear = Number(todayLocal().slice(0, 4));

function ExamCard({ exam, onSaved }: { exam: CheckpointExam; onSaved: (r: CheckpointReviews) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<number | null>(null);
  const [schoolId, setSchoolId] = useState<number | null>(null);
  const review = (schoolId: number, days: number) => exam.reviews.find((r) => r.schoolId === schoolId && r.daysBefore === days);
  const actual = (schoolId: number) => exam.actual.find((a) => a.schoolId === schoolId)?.acPercent ?? null;
  return (
    <Card withBorder data-testid="checkpoint-exam" data-exam={exam.name}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{exam.name} · {formatDate(exam.date)}{exam.examTypeCode ? ` · ${exam.examTypeCode}` : ''}</Text>
      </Group>
      <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={3} data-testid="checkpoint-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('results.school')}</Table.Th>
            {exam.checkpoints.map((c) => (
              <Table.Th key={c.daysBefore}>
                <Group gap={4} wrap="nowrap" justify="space-between">
                  <Tooltip label={formatDate(c.date)}><span>{t('results.checkpoint', { days: c.daysBefore })}</span></Tooltip>
                  <ActionIcon size="xs" variant="subtle" aria-label={t('results.editCheckpoint', { days: c.daysBefore, exam: exam.name })} onClick={() => setEditing(c.daysBefore)} data-testid={`checkpoint-edit-${c.daysBefore}`}>✎</ActionIcon>
                </Group>
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('results.actual')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exam.schools.map((s) => (
            <Table.Tr key={s.id} data-testid="checkpoint-row" data-school={s.abbreviation}>
              <Table.Td title={s.name}>{s.abbreviation}</Table.Td>
              {exam.checkpoints.map((c) => {
                const r = review(s.id, c.daysBefore);
                return (
                  <Table.Td key={c.daysBefore} title={r?.note || undefined} data-cell={`${s.abbreviation}|${c.daysBefore}`}>
                    {r ? (
                      <Group gap={4} wrap="nowrap">
                        <Badge size="xs" variant="light" color={STATUS_COLOUR[r.status]}>{t(`results.status.${r.status}`)}</Badge>
                        {r.predictedPercent !== null && <Text size="xs" span>{percentText(r.predictedPercent)}</Text>}
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed" span>–</Text>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td ta="right" fw={600}>{percentText(actual(s.id))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="sm" mb="xs">
        <Text fw={600} size="sm">{t('results.curve')}</Text>
        <Select
          size="xs"
          w={220}
          data={[{ value: '', label: t('results.allSchools') }, ...exam.schools.map((s) => ({ value: String(s.id), label: s.abbreviation }))]}
          value={schoolId === null ? '' : String(schoolId)}
          onChange={(v) => setSchoolId(v ? Number(v) : null)}
          allowDeselect={false}
          data-testid="checkpoint-curve-school"
        />
      </Group>
      <CheckpointCurve exam={exam} schoolId={schoolId} />
      {editing !== null && <CheckpointForm exam={exam} daysBefore={editing} onSaved={onSaved} onClose={() => setEditing(null)} />}
    </Card>
  );
}

export function CheckpointsTab({ year: initialYear }: { year?: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(initialYear ?? null);
  const [years, setYears] = useState<number[]>([]);
  const [reviews, setReviews] = useState<CheckpointReviews | null>(null);
  useEffect(() => {
    call('results.years', {})
      .then((ys) => {
        setYears(ys);
        setYear((y) => y ?? ys.find((x) => x <= thisYear) ?? thisYear);
      })
      .catch(notifyError);
  }, []);
  const load = useCallback(async () => {
    if (year !== null) setReviews(await call('checkpoints.reviews', { year }));
  }, [year]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);
  if (year === null || !reviews) return <Loader size="sm" />;
  return (
    <Stack gap="md" data-testid="checkpoints-tab">
      <Select w={110} label={t('results.year')} data={yearChoices(years, year, thisYear)} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} data-testid="checkpoints-year" />
      {reviews.exams.length === 0 && <Text size="sm" c="dimmed">{t('results.noExams')}</Text>}
      {reviews.exams.map((x) => (
        <ExamCard key={x.id} exam={x} onSaved={setReviews} />
      ))}
    </Stack>
  );
}
