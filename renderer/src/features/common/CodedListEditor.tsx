/** Editing one of the office's coded lists (competencies, visit purposes, observation criteria). */
import { ActionIcon, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodedEntry } from '../../../../shared/domain';
import { notifyError } from '../../notify';
import { confirm, FormAlert, useForm, withVersion } from '../../forms';

type Draft = { id?: number; version?: number; code: string; nameMs: string; nameEn: string };
const blank: Draft = { code: '', nameMs: '', nameEn: '' };

export interface CodedListCalls {
  load: () => Promise<CodedEntry[]>;
  save: (d: Draft) => Promise<CodedEntry>;
  setArchived: (id: number, archived: boolean) => Promise<CodedEntry>;
}

const draftOf = (e: CodedEntry): Draft => ({ id: e.id, ...withVersion(e), code: e.code, nameMs: e.nameMs, nameEn: e.nameEn });

export function CodedListEditor({ calls, onChanged, testId }: { calls: CodedListCalls; onChanged: () => void; testId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [entries, setEntries] = useState<CodedEntry[]>([]);
  const form = useForm<Draft>(blank, {
    reload: async (d) => {
      const fresh = (await calls.load()).find((e) => e.id === d.id);
      return fresh ? draftOf(fresh) : blank;
    },
  });
  const { draft, at } = form;
  useEffect(() => {
    calls.load().then(setEntries, notifyError);
  }, [calls]);
  const replace = (e: CodedEntry) => setEntries((es) => (es.some((x) => x.id === e.id) ? es.map((x) => (x.id === e.id ? e : x)) : [...es, e]));
  const save = () =>
    form.submit(async (d) => {
      replace(await calls.save(d));
      onChanged();
      return blank;
    });
  const archive = async (e: CodedEntry) => {
    const what = { code: e.code, name: language === 'en' ? e.nameEn : e.nameMs };
    const ok = await confirm({
      title: t(e.archived ? 'forms.restoreEntry' : 'forms.archiveEntry', what),
      message: t(e.archived ? 'forms.restoreEntryText' : 'forms.archiveEntryText'),
      confirmLabel: t(e.archived ? 'forms.restore' : 'forms.archive'),
      danger: !e.archived,
    });
    if (!ok) return;
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
                  <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => form.load(draftOf(e))}>✎</ActionIcon>
                  <Button size="compact-xs" variant="subtle" color={e.archived ? 'teal' : 'gray'} onClick={() => void archive(e)} data-testid={e.archived ? 'restore-entry' : 'archive-entry'}>
                    {e.archived ? t('schools.restore') : t('schools.archive')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <FormAlert form={form} />
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput w={110} aria-label={t('plan.code')} placeholder={t('plan.code')} value={draft.code} {...at('code')} onChange={(e) => form.set({ code: e.currentTarget.value })} data-testid="entry-code" />
        <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameMs')} placeholder={t('mentoring.nameMs')} value={draft.nameMs} {...at('nameMs')} onChange={(e) => form.set({ nameMs: e.currentTarget.value })} data-testid="entry-name-ms" />
        <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameEn')} placeholder={t('mentoring.nameEn')} value={draft.nameEn} {...at('nameEn')} onChange={(e) => form.set({ nameEn: e.currentTarget.value })} data-testid="entry-name-en" />
        {form.dirty && draft.id !== undefined && <Button variant="default" onClick={() => form.load(blank)}>{t('school.cancel')}</Button>}
        <Button onClick={() => void save()} loading={form.saving} data-testid="entry-save">{draft.id ? t('school.save') : t('dates.add')}</Button>
      </Group>
    </Stack>
  );
}
