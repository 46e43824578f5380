/** Who is newly appointed, which school leaders may mentor, and the BDSLC competency list. */
import { Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { MentoringPerson } from '../../../../shared/mentoring/types';
import { call } from '../../api';
import { FormDrawer } from '../../forms';
import { notifyError } from '../../notify';
import { CodedListEditor, type CodedListCalls } from '../common/CodedListEditor';

const competencies: CodedListCalls = {
  load: () => call('competencies.list', { includeArchived: true }),
  save: (d) => call('competencies.save', d),
  setArchived: (id, archived) => call('competencies.setArchived', { id, archived }),
};
export function MentoringSetup({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [people, setPeople] = useState<MentoringPerson[]>([]);

  useEffect(() => {
    call('mentoring.people', {}).then(setPeople, notifyError);
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

  const leaders = people.filter((p) => p.leaderRole !== null);
  return (
    <FormDrawer onClose={onClose} position="right" size="xl" title={t('mentoring.setup')} data-testid="mentoring-setup">
      <Stack>
        <Title order={5}>{t('mentoring.competencies')}</Title>
        <CodedListEditor calls={competencies} onChanged={onChanged} testId="list-competencies" />

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
                <Table.Td>{formatDate(p.appointedOn)}</Table.Td>
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
    </FormDrawer>
  );
}
