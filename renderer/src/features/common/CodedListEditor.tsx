/** Editing one of the office's coded lists (competencies, visit purposes, observation criteria). */
import { ActionIcon, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedEntry } from '../../../../shared/domain';
import { notifyError } from '../../notify';
import { submit } from '../plan/PlanForms';

type Draft = { id?: number; version?: number; code: string; nameMs: string; nameEn: string };

export interface CodedListCalls {
  load: () => Promise<CodedEntry[]>;
  save: (d: Draft) => Promise<CodedEntry>;
  setArchived: (id: number, archived: boolean) => Promise<CodedEntry>;
}

export function CodedListEditor({ calls, onChanged, testId }: { calls: CodedListCalls; onChanged: () => void; testId: string }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<CodedEntry[]>([]);
  const [draft, setDraft] = useState<Draft>({ code: '', nameMs: '', nameEn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    calls.load().then(setEntries, notifyError);
  }, [calls]);
  const replace = (e: CodedEntry) => setEntries((es) => (es.some((x) => x.id === e.id) ? es.map((x) => (x.id === e.id ? e : x)) : [...es, e]));
  const save = () =>
    submit(async () => {
      replace(await calls.save(draft));
      setDraft({ code: '', nameMs: '', nameEn: '' });
      onChanged();
    }, setErrors);
  const archive = async (e: CodedEntry) => {
    try {
      replace(await calls.setArchived(e.id, !e.archived));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Stack gap="xs" data-testid={testId}>
      <Table withTableBorder>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} c={e.archived ? 'dimmed' : undefined}>
              <Table.Td w={110}>{e.code}</Table.Td>
              <Table.Td>{e.nameMs}</Table.Td>
              <Table.Td>{e.nameEn}</Table.Td>
              <Table.Td w={120}>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => setDraft({ id: e.id, version: e.version, code: e.code, nameMs: e.nameMs, nameEn: e.nameEn })}>✎</ActionIcon>
                  <Button size="compact-xs" variant="subtle" color={e.archived ? 'teal' : 'gray'} onClick={() => void archive(e)}>
                    {e.archived ? t('schools.restore') : t('schools.archive')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput w={110} aria-label={t('plan.code')} placeholder={t('plan.code')} value={draft.code} error={errors.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} />
        <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameMs')} placeholder={t('mentoring.nameMs')} value={draft.nameMs} error={errors.nameMs} onChange={(e) => setDraft({ ...draft, nameMs: e.currentTarget.value })} />
        <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameEn')} placeholder={t('mentoring.nameEn')} value={draft.nameEn} error={errors.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })} />
        <Button onClick={() => void save()}>{draft.id ? t('school.save') : t('dates.add')}</Button>
      </Group>
    </Stack>
  );
}
