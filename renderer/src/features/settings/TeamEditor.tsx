import { Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamMember } from '../../../../shared/domain';
import { call } from '../../api';
import { FormAlert, useForm, withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { MissingEnglish, useMissingMark } from '../common/MissingEnglish';

type Row = Omit<TeamMember, 'id' | 'version'> & { id?: number; version?: number; key: string };
let nextKey = 0;
const toRow = (m: Omit<Row, 'key'>): Row => ({ ...m, key: `k${nextKey++}` });

export function TeamEditor() {
  const { t } = useTranslation();
  const form = useForm<{ members: Row[] }>({ members: [] }, { reload: async () => ({ members: (await call('team.list', {})).map(toRow) }) });
  const rows = form.draft.members;
  const { errors } = form;
  const missingMark = useMissingMark();
  const setRows = (fn: (rs: Row[]) => Row[]) => form.update((d) => ({ members: fn(d.members) }));

  useEffect(() => {
    call('team.list', {}).then((m) => form.load({ members: m.map(toRow) }), notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((rs) => {
      const out = [...rs];
      const [row] = out.splice(i, 1);
      if (row) out.splice(Math.max(0, Math.min(out.length, i + by)), 0, row);
      return out;
    });

  const save = () =>
    form.submit(async (d) => {
      // Members no longer in the rows are sent as removed, with the version they were read at.
      const kept = new Set(d.members.map((r) => r.id));
      const removed = form.snapshot.members.filter((m) => m.id !== undefined && !kept.has(m.id)).map((m) => ({ id: m.id as number, ...withVersion(m) }));
      const input = { members: d.members.map(({ key: _k, ...m }) => m), removed };
      const saved = await call('team.save', input);
      notifyOk(t('settings.teamSaved'));
      return { members: saved.map(toRow) };
    });

  return (
    <Stack maw={1200}>
      <FormAlert form={form} />
      <MissingEnglish pairs={rows.filter((r) => r.role === 'other').map((r) => [r.roleLabel, r.roleLabelEn] as const)} testId="team-missing-en" />
      <Table data-testid="team-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="36%">{t('settings.memberName')}</Table.Th>
            <Table.Th w="24%">{t('settings.memberRole')}</Table.Th>
            <Table.Th>{t('school.email')}</Table.Th>
            <Table.Th>{t('school.phone')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.key} data-testid="team-row">
              <Table.Td>
                <TextInput aria-label={t('settings.memberName')} value={r.name} error={errors[`members.${i}.name`]} data-field={`members.${i}.name`} onChange={(e) => update(i, { name: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Select
                    aria-label={t('settings.memberRole')}
                    value={r.role}
                    allowDeselect={false}
                    onChange={(v) => v && update(i, { role: v })}
                    data={TEAM_ROLES.map((role) => ({ value: role, label: t(`teamRole.${role}`) }))}
                  />
                  {r.role === 'other' && (
                    <TextInput
                      aria-label={t('settings.memberRoleLabel')}
                      placeholder={t('settings.memberRoleLabel')}
                      value={r.roleLabel}
                      error={errors[`members.${i}.roleLabel`]} data-field={`members.${i}.roleLabel`}
                      onChange={(e) => update(i, { roleLabel: e.currentTarget.value })}
                    />
                  )}
                  {r.role === 'other' && (
                    <TextInput
                      aria-label={t('clusterProfile.roleLabelEn')}
                      placeholder={t('clusterProfile.roleLabelEn')}
                      value={r.roleLabelEn}
                      {...missingMark(r.roleLabel, r.roleLabelEn)}
                      error={errors[`members.${i}.roleLabelEn`]} data-field={`members.${i}.roleLabelEn`}
                      onChange={(e) => update(i, { roleLabelEn: e.currentTarget.value })}
                    />
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('school.email')} value={r.email} error={errors[`members.${i}.email`]} data-field={`members.${i}.email`} onChange={(e) => update(i, { email: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('school.phone')} value={r.phone} error={errors[`members.${i}.phone`]} data-field={`members.${i}.phone`} onChange={(e) => update(i, { phone: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" aria-label="▲" disabled={i === 0} onClick={() => move(i, -1)}>
                    ▲
                  </Button>
                  <Button size="compact-xs" variant="subtle" aria-label="▼" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    ▼
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                    {t('school.removeLeader')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="light" onClick={() => setRows((rs) => [...rs, toRow({ name: '', role: 'officer', roleLabel: '', roleLabelEn: '', email: '', phone: '' })])}>
          {t('settings.addMember')}
        </Button>
        <Button loading={form.saving} onClick={() => void save()} data-testid="save-team">
          {t('settings.saveTeam')}
        </Button>
      </Group>
    </Stack>
  );
}
