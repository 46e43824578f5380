/** Logging a session: when, how long, how, what was discussed, the actions agreed and the next date. */
import { ActionIcon, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_MODES, type MentoringSession } from '../../../../shared/mentoring/types';
import { submit } from '../plan/PlanForms';

export type SessionDraft = Omit<MentoringSession, 'id' | 'actions' | 'version'> & { id?: number; version?: number; actions: { id?: number; text: string; dueDate: string | null; doneOn: string | null }[] };

export function SessionForm({ title, draft, onSave, onClose }: { title: string; draft: SessionDraft; onSave: (d: SessionDraft) => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<SessionDraft>) => setD((x) => ({ ...x, ...patch }));
  const setAction = (i: number, patch: Partial<SessionDraft['actions'][number]>) => set({ actions: d.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <Modal opened onClose={onClose} size="lg" title={title} data-testid="session-form">
      <form onSubmit={(e) => { e.preventDefault(); void submit(() => onSave(d), setErrors).then((ok) => ok && onClose()); }}>
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <TextInput type="date" label={t('mentoring.sessionDate')} value={d.date} error={errors.date} onChange={(e) => set({ date: e.currentTarget.value })} data-testid="session-date" />
            <NumberInput label={t('mentoring.minutes')} min={5} max={600} value={d.durationMinutes} error={errors.durationMinutes} onChange={(v) => set({ durationMinutes: Number(v) })} />
            <Select label={t('mentoring.mode')} allowDeselect={false} data={SESSION_MODES.map((m) => ({ value: m, label: t(`mentoring.modeName.${m}`) }))} value={d.mode} onChange={(v) => v && set({ mode: v })} />
          </SimpleGrid>
          <Textarea label={t('mentoring.topics')} autosize minRows={2} value={d.topics} error={errors.topics} onChange={(e) => set({ topics: e.currentTarget.value })} data-testid="session-topics" />
          <Textarea label={t('calendar.notes')} autosize minRows={2} value={d.notes} error={errors.notes} onChange={(e) => set({ notes: e.currentTarget.value })} />
          <Text size="sm" fw={600}>{t('mentoring.actions')}</Text>
          {d.actions.map((a, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput style={{ flex: 1 }} aria-label={t('mentoring.action')} placeholder={t('mentoring.action')} value={a.text} error={errors[`actions.${i}.text`]} onChange={(e) => setAction(i, { text: e.currentTarget.value })} data-testid="action-text" />
              <TextInput type="date" aria-label={t('mentoring.due')} value={a.dueDate ?? ''} onChange={(e) => setAction(i, { dueDate: e.currentTarget.value || null })} />
              <ActionIcon variant="subtle" color="red" aria-label={t('mentoring.removeAction')} onClick={() => set({ actions: d.actions.filter((_, j) => j !== i) })}>✕</ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ actions: [...d.actions, { text: '', dueDate: null, doneOn: null }] })} data-testid="add-action">{t('mentoring.addAction')}</Button>
          </Group>
          <TextInput type="date" label={t('mentoring.nextSession')} description={t('mentoring.nextHint')} value={d.nextDate ?? ''} error={errors.nextDate} onChange={(e) => set({ nextDate: e.currentTarget.value || null })} data-testid="session-next" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
            <Button type="submit" data-testid="session-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
