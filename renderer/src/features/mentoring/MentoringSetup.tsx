/** Who is newly appointed, which school leaders may mentor, and the BDSLC competency list. */
import { ActionIcon, Button, Checkbox, Drawer, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competency, MentoringPerson } from '../../../../shared/mentoring/types';
import { call } from '../../api';
import { notifyError } from '../../notify';
import { submit } from '../plan/PlanForms';

type CompetencyDraft = { id?: number; code: string; nameMs: string; nameEn: string };

export function MentoringSetup({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<MentoringPerson[]>([]);
  const [competencies, setCompetencies] = useState<Competency[]>([]);
  const [draft, setDraft] = useState<CompetencyDraft>({ code: '', nameMs: '', nameEn: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    call('mentoring.people', {}).then(setPeople, notifyError);
    call('competencies.list', { includeArchived: true }).then(setCompetencies, notifyError);
  }, []);

  const setFlags = async (p: MentoringPerson, patch: Partial<Pick<MentoringPerson, 'newlyAppointed' | 'canMentor'>>) => {
    try {
      const saved = await call('mentoring.setPerson', { personId: p.id, newlyAppointed: patch.newlyAppointed ?? p.newlyAppointed, canMentor: patch.canMentor ?? p.canMentor });
      setPeople((ps) => ps.map((x) => (x.id === saved.id ? saved : x)));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  const saveCompetency = () =>
    submit(async () => {
      const saved = await call('competencies.save', draft);
      setCompetencies((cs) => (cs.some((c) => c.id === saved.id) ? cs.map((c) => (c.id === saved.id ? saved : c)) : [...cs, saved]));
      setDraft({ code: '', nameMs: '', nameEn: '' });
      onChanged();
    }, setErrors);

  const archive = async (c: Competency) => {
    try {
      const saved = await call('competencies.setArchived', { id: c.id, archived: !c.archived });
      setCompetencies((cs) => cs.map((x) => (x.id === saved.id ? saved : x)));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  const leaders = people.filter((p) => p.leaderRole !== null);
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={t('mentoring.setup')} data-testid="mentoring-setup">
      <Stack>
        <Title order={5}>{t('mentoring.competencies')}</Title>
        <Table withTableBorder>
          <Table.Tbody>
            {competencies.map((c) => (
              <Table.Tr key={c.id} c={c.archived ? 'dimmed' : undefined}>
                <Table.Td w={60}>{c.code}</Table.Td>
                <Table.Td>{c.nameMs}</Table.Td>
                <Table.Td>{c.nameEn}</Table.Td>
                <Table.Td w={120}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('schools.edit')} onClick={() => setDraft({ id: c.id, code: c.code, nameMs: c.nameMs, nameEn: c.nameEn })}>✎</ActionIcon>
                    <Button size="compact-xs" variant="subtle" color={c.archived ? 'teal' : 'gray'} onClick={() => void archive(c)}>
                      {c.archived ? t('schools.restore') : t('schools.archive')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput w={80} aria-label={t('plan.code')} placeholder={t('plan.code')} value={draft.code} error={errors.code} onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })} />
          <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameMs')} placeholder={t('mentoring.nameMs')} value={draft.nameMs} error={errors.nameMs} onChange={(e) => setDraft({ ...draft, nameMs: e.currentTarget.value })} />
          <TextInput style={{ flex: 1 }} aria-label={t('mentoring.nameEn')} placeholder={t('mentoring.nameEn')} value={draft.nameEn} error={errors.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })} />
          <Button onClick={() => void saveCompetency()}>{draft.id ? t('school.save') : t('dates.add')}</Button>
        </Group>

        <Title order={5} mt="md">{t('mentoring.leaders')}</Title>
        <Text size="xs" c="dimmed">{t('mentoring.leadersHint')}</Text>
        <Table withTableBorder striped data-testid="leaders-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.memberName')}</Table.Th>
              <Table.Th>{t('school.leaderTitle')}</Table.Th>
              <Table.Th>{t('school.appointedOn')}</Table.Th>
              <Table.Th>{t('mentoring.new')}</Table.Th>
              <Table.Th>{t('mentoring.canMentor')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leaders.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{[p.title, p.school].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>{p.appointedOn ?? ''}</Table.Td>
                <Table.Td>
                  <Checkbox aria-label={`${t('mentoring.new')}: ${p.name}`} checked={p.newlyAppointed} onChange={(e) => void setFlags(p, { newlyAppointed: e.currentTarget.checked })} />
                </Table.Td>
                <Table.Td>
                  <Checkbox aria-label={`${t('mentoring.canMentor')}: ${p.name}`} checked={p.canMentor} onChange={(e) => void setFlags(p, { canMentor: e.currentTarget.checked })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Drawer>
  );
}
