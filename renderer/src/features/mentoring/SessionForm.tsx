/** Logging a session: when, how long, how, what was discussed, the actions agreed and the next date. */
import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SESSION_MODES, type MentoringSession } from '../../../../shared/mentoring/types';
import { DateField, FormAlert, FormModal, useForm } from '../../forms';

export type SessionDraft = Omit<MentoringSession, 'id' | 'version' | 'actions'> & { id?: number; version?: number; actions: { id?: number; text: string; dueDate: string | null; doneOn: string | null }[] };

export function SessionForm({ title, draft, onSave, onDelete, reload, onClose }: {
  title: string;
  draft: SessionDraft;
  onSave: (d: SessionDraft) => Promise<unknown>;
  /** Asks first; true once deleted. */
  onDelete?: () => Promise<boolean>;
  reload?: () => Promise<SessionDraft>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(draft, { onClose, reload });
  const { draft: d, set, at } = form;
  const setAction = (i: number, patch: Partial<SessionDraft['actions'][number]>) => form.update((x) => ({ ...x, actions: x.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  return (
    <FormModal onClose={() => void form.requestClose()} size="lg" title={title} data-testid="session-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x); }).then((ok) => ok && onClose()); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={3}>
            <DateField label={t('mentoring.sessionDate')} value={d.date} {...at('date')} onChange={(date) => set({ date })} data-testid="session-date" />
            <NumberInput label={t('mentoring.minutes')} min={5} max={600} value={d.durationMinutes} {...at('durationMinutes')} onChange={(v) => set({ durationMinutes: Number(v) })} />
            <Select label={t('mentoring.mode')} allowDeselect={false} data={SESSION_MODES.map((m) => ({ value: m, label: t(`mentoring.modeName.${m}`) }))} value={d.mode} {...at('mode')} onChange={(v) => v && set({ mode: v })} />
          </SimpleGrid>
          <Textarea label={t('mentoring.topics')} autosize minRows={2} value={d.topics} {...at('topics')} onChange={(e) => set({ topics: e.currentTarget.value })} data-testid="session-topics" />
          <Textarea label={t('calendar.notes')} autosize minRows={2} value={d.notes} {...at('notes')} onChange={(e) => set({ notes: e.currentTarget.value })} />
          <Text size="sm" fw={600}>{t('mentoring.actions')}</Text>
          {d.actions.map((a, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput style={{ flex: 1 }} aria-label={t('mentoring.action')} placeholder={t('mentoring.action')} value={a.text} {...at(`actions.${i}.text`)} onChange={(e) => setAction(i, { text: e.currentTarget.value })} data-testid="action-text" />
              <DateField optional w={150} aria-label={t('mentoring.due')} value={a.dueDate} {...at(`actions.${i}.dueDate`)} onChange={(v) => setAction(i, { dueDate: v || null })} data-testid="action-due" />
              <ActionIcon variant="subtle" color="red" aria-label={t('mentoring.removeAction')} onClick={() => set({ actions: d.actions.filter((_, j) => j !== i) })}>✕</ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ actions: [...d.actions, { text: '', dueDate: null, doneOn: null }] })} data-testid="add-action">{t('mentoring.addAction')}</Button>
          </Group>
          <DateField optional label={t('mentoring.nextSession')} description={t('mentoring.nextHint')} value={d.nextDate} {...at('nextDate')} onChange={(v) => set({ nextDate: v || null })} data-testid="session-next" />
          <Group justify="space-between">
            {onDelete ? <Button variant="subtle" color="red" onClick={() => void onDelete().then((done) => done && onClose())} data-testid="session-delete">{t('forms.delete')}</Button> : <span />}
            <Group>
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} data-testid="session-save">{t('school.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
