/** One checkpoint of one exam: every sitting school's status, predicted A–C % and note, saved at once. */
import { Button, Group, NumberInput, SegmentedControl, Stack, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/dates';
import { CHECKPOINT_STATUSES, type CheckpointExam, type CheckpointReviews, type CheckpointStatus } from '../../../../../shared/results/types';
import { call } from '../../../api';
import { FormAlert, FormModal, useForm } from '../../../forms';
import { notifyOk } from '../../../notify';

type Row = { status: CheckpointStatus | ''; predicted: number | string; note: string; version: number };
type Draft = Record<number, Row>;
const blank: Row = { status: '', predicted: '', note: '', version: 0 };
export const STATUS_COLOUR: Record<CheckpointStatus, string> = { 'on-track': 'teal', 'at-risk': 'yellow', 'off-track': 'red' };

function draftOf(exam: CheckpointExam, daysBefore: number): Draft {
  return Object.fromEntries(
    exam.reviews.filter((r) => r.daysBefore === daysBefore).map((r) => [r.schoolId, { status: r.status, predicted: r.predictedPercent ?? '', note: r.note, version: r.version }]),
  );
}

export function CheckpointForm({ exam, daysBefore, onSaved, onClose }: { exam: CheckpointExam; daysBefore: number; onSaved: (r: CheckpointReviews) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<Draft>(draftOf(exam, daysBefore), { onClose });
  // The order the last save sent the schools in, to put `rows.N.field` errors back on their rows.
  const [sent, setSent] = useState<number[]>([]);
  const row = (id: number) => form.draft[id] ?? blank;
  const set = (id: number, patch: Partial<Row>) => form.update((d) => ({ ...d, [id]: { ...(d[id] ?? blank), ...patch } }));
  const at = (id: number, field: string) => {
    const i = sent.indexOf(id);
    const name = i < 0 ? field : `rows.${i}.${field}`;
    return { error: form.errors[name], 'data-field': name };
  };
  const checkpoint = exam.checkpoints.find((c) => c.daysBefore === daysBefore);
  const save = () =>
    form.submit(async (d) => {
      // A school is saved once it has a status; the others stay unreviewed.
      const ids = exam.schools.map((s) => s.id).filter((id) => (d[id] ?? blank).status !== '');
      setSent(ids);
      const rows = ids.map((id) => {
        const r = d[id] ?? blank;
        return { schoolId: id, status: r.status as CheckpointStatus, predictedPercent: r.predicted === '' ? null : Number(r.predicted), note: r.note, version: r.version };
      });
      const saved = await call('checkpoints.save', { examId: exam.id, daysBefore, rows });
      notifyOk(t('results.checkpointSaved'));
      onSaved(saved);
      onClose();
    });
  return (
    <FormModal onClose={() => void form.requestClose()} size="xl" title={`${t('results.editCheckpoint', { days: daysBefore, exam: exam.name })}${checkpoint ? ` · ${formatDate(checkpoint.date)}` : ''}`} data-testid="checkpoint-form">
      <Stack gap="xs">
        <FormAlert form={form} />
        <Table fz="xs" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.school')}</Table.Th>
              <Table.Th>{t('results.statusLabel')}</Table.Th>
              <Table.Th>{t('results.predicted')}</Table.Th>
              <Table.Th>{t('results.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {exam.schools.map((s) => (
              <Table.Tr key={s.id} data-testid="checkpoint-form-row" data-school={s.abbreviation}>
                <Table.Td title={s.name}>{s.abbreviation}</Table.Td>
                <Table.Td>
                  <SegmentedControl
                    size="xs"
                    value={row(s.id).status}
                    onChange={(v) => set(s.id, { status: v })}
                    data={CHECKPOINT_STATUSES.map((x) => ({ value: x, label: t(`results.status.${x}`) }))}
                    color={row(s.id).status ? STATUS_COLOUR[row(s.id).status as CheckpointStatus] : undefined}
                    {...at(s.id, 'status')}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput size="xs" w={80} min={0} max={100} hideControls aria-label={`${s.abbreviation} ${t('results.predicted')}`} value={row(s.id).predicted} onChange={(v) => set(s.id, { predicted: v })} {...at(s.id, 'predictedPercent')} />
                </Table.Td>
                <Table.Td>
                  <TextInput size="xs" aria-label={`${s.abbreviation} ${t('results.note')}`} value={row(s.id).note} onChange={(e) => set(s.id, { note: e.currentTarget.value })} {...at(s.id, 'note')} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void form.requestClose()}>{t('results.cancel')}</Button>
          <Button onClick={() => void save()} loading={form.saving} data-testid="checkpoint-save">{t('results.saveCheckpoint')}</Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
