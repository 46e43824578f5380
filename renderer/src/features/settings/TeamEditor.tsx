import { Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type TeamMember } from '../../../../shared/domain';
import { call, fieldErrors } from '../../api';
import { notifyError, notifyOk } from '../../notify';

type Row = Omit<TeamMember, 'id' | 'version'> & { id?: number; version?: number; key: string };
let nextKey = 0;
const toRow = (m: Omit<Row, 'key'>): Row => ({ ...m, key: `k${nextKey++}` });

export function TeamEditor() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  // Members as loaded: the ones no longer in the rows are sent as removed, with the version they were read at.
  const [loaded, setLoaded] = useState<TeamMember[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('team.list', {}).then((m) => {
      setLoaded(m);
      setRows(m.map(toRow));
    }, notifyError);
  }, []);

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) =>
    setRows((rs) => {
      const out = [...rs];
      const [row] = out.splice(i, 1);
      if (row) out.splice(Math.max(0, Math.min(out.length, i + by)), 0, row);
      return out;
    });

  const save = async () => {
    setSaving(true);
    try {
      const kept = new Set(rows.map((r) => r.id));
      const removed = loaded.filter((m) => !kept.has(m.id)).map((m) => ({ id: m.id, version: m.version }));
      const saved = await call('team.save', { members: rows.map(({ key: _k, ...m }) => m), removed });
      setLoaded(saved);
      setRows(saved.map(toRow));
      setErrors({});
      notifyOk(t('settings.teamSaved'));
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack maw={1200}>
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
                <TextInput aria-label={t('settings.memberName')} value={r.name} error={errors[`members.${i}.name`]} onChange={(e) => update(i, { name: e.currentTarget.value })} />
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
                      error={errors[`members.${i}.roleLabel`]}
                      onChange={(e) => update(i, { roleLabel: e.currentTarget.value })}
                    />
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('school.email')} value={r.email} error={errors[`members.${i}.email`]} onChange={(e) => update(i, { email: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={t('school.phone')} value={r.phone} error={errors[`members.${i}.phone`]} onChange={(e) => update(i, { phone: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <Button size="compact-xs" variant="subtle" aria-label="▲" disabled={i === 0} onClick={() => move(i, -1)}>
                    ▲
                  </Button>
                  <Button size="compact-xs" variant="subtle" aria-label="▼" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                    ▼
                  </Button>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                    {t('school.removeLeader')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="light" onClick={() => setRows([...rows, toRow({ name: '', role: 'officer', roleLabel: '', email: '', phone: '' })])}>
          {t('settings.addMember')}
        </Button>
        <Button loading={saving} onClick={() => void save()} data-testid="save-team">
          {t('settings.saveTeam')}
        </Button>
      </Group>
    </Stack>
  );
}
