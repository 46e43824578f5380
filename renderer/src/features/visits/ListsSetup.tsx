/** The office's own lists for visits: purposes of a visit and the lesson observation criteria. */
import { ActionIcon, Button, Drawer, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEntry } from '../../../../shared/visits/types';
import { call } from '../../api';
import { notifyError } from '../../notify';
import { submit } from '../plan/PlanForms';

type Kind = 'purposes' | 'rubric';
type Draft = { id?: number; code: string; nameMs: string; nameEn: string };

function ListEditor({ kind, onChanged }: { kind: Kind; onChanged: () => void }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<ListEntry[]>([]);
  const [draft, setDraft] = useState<Draft>({ code: '', nameMs: '', nameEn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    (kind === 'purposes' ? call('visits.purposes', { includeArchived: true }) : call('rubric.list', { includeArchived: true })).then(setEntries, notifyError);
  }, [kind]);
  const replace = (e: ListEntry) => setEntries((es) => (es.some((x) => x.id === e.id) ? es.map((x) => (x.id === e.id ? e : x)) : [...es, e]));
  const save = () =>
    submit(async () => {
      replace(kind === 'purposes' ? await call('visits.savePurpose', draft) : await call('rubric.save', draft));
      setDraft({ code: '', nameMs: '', nameEn: '' });
      onChanged();
    }, setErrors);
  const archive = async (e: ListEntry) => {
    try {
      const input = { id: e.id, archived: !e.archived };
      replace(kind === 'purposes' ? await call('visits.setPurposeArchived', input) : await call('rubric.setArchived', input));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <Stack gap="xs" data-testid={`list-${kind}`}>
      <Table withTableBorder>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} c={e.archived ? 'dimmed' : undefined}>
              <Table.Td w={110}>{e.code}</Table.Td>
              <Table.Td>{e.nameMs}</Table.Td>
              <Table.Td>{e.nameEn}</Table.Td>
              <Table.Td w={120}>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => setDraft({ id: e.id, code: e.code, nameMs: e.nameMs, nameEn: e.nameEn })}>✎</ActionIcon>
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

export function ListsSetup({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={t('visits.lists')} data-testid="visit-lists">
      <Stack>
        <Title order={5}>{t('visits.purposes')}</Title>
        <ListEditor kind="purposes" onChanged={onChanged} />
        <Title order={5} mt="md">{t('visits.criteria')}</Title>
        <ListEditor kind="rubric" onChanged={onChanged} />
      </Stack>
    </Drawer>
  );
}
