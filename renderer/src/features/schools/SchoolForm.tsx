import { Alert, Button, Divider, Group, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_ROLES, SCHOOL_LEVELS, WSE_BANDS, type LeaderRole, type SchoolLevel } from '../../../../shared/domain';
import type { School } from '../../../../shared/domain';
import { call, errorMessage } from '../../api';
import { DateField, FormAlert, FormModal, useForm, withVersion } from '../../forms';

interface LeaderDraft {
  id?: number;
  role: LeaderRole;
  name: string;
  title: string;
  appointedOn: string;
}
interface Draft {
  version?: number;
  name: string;
  abbreviation: string;
  level: SchoolLevel;
  address: string;
  phone: string;
  email: string;
  wseBand: number | null;
  notes: string;
  leaders: LeaderDraft[];
}
const blank: Draft = { name: '', abbreviation: '', level: 'primary', address: '', phone: '', email: '', wseBand: null, notes: '', leaders: [] };

const draftOf = (s: School): Draft => ({
  ...(s as School & { version?: number }),
  leaders: s.leaders.map((l) => ({ id: l.id, role: l.role, name: l.name, title: l.title, appointedOn: l.appointedOn ?? '' })),
});
const load = async (id: number) => draftOf(await call('schools.get', { id }));

/** Create or edit one school and its leaders; every rule is checked by the service and shown at its field. */
export function SchoolForm({ schoolId, onClose, onSaved }: { schoolId: number | null; onClose: () => void; onSaved: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<Draft>(blank, { onClose, reload: schoolId === null ? undefined : () => load(schoolId) });
  const [loaded, setLoaded] = useState(schoolId === null);
  const [loadError, setLoadError] = useState('');
  const { draft, set, at } = form;

  useEffect(() => {
    if (schoolId === null) return;
    load(schoolId)
      .then((d) => {
        form.load(d);
        setLoaded(true);
      })
      .catch((err: unknown) => setLoadError(errorMessage(err)));
    // The form loads its record once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schoolId]);

  const setLeader = (i: number, patch: Partial<LeaderDraft>) => form.update((d) => ({ ...d, leaders: d.leaders.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  const save = () =>
    form.submit(async (d) => {
      const input = { ...d, leaders: d.leaders.map((l) => ({ ...l })) };
      const saved = schoolId === null ? await call('schools.create', input) : await call('schools.update', { ...input, id: schoolId, ...withVersion(d) });
      await onSaved(saved.name);
      return draftOf(saved);
    });

  return (
    <FormModal onClose={() => void form.requestClose()} size="xl" title={<Title order={4}>{schoolId === null ? t('school.newTitle') : t('school.editTitle')}</Title>}>
      {loaded && (
        <form
          data-testid="school-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            <FormAlert form={form} />
            <SimpleGrid cols={2}>
              <TextInput data-autofocus data-testid="field-name" label={t('school.name')} value={draft.name} {...at('name')} onChange={(e) => set({ name: e.currentTarget.value })} withAsterisk />
              <TextInput data-testid="field-abbreviation" label={t('school.abbreviation')} value={draft.abbreviation} {...at('abbreviation')} onChange={(e) => set({ abbreviation: e.currentTarget.value })} withAsterisk />
              <Select
                data-testid="field-level"
                label={t('school.level')}
                value={draft.level}
                {...at('level')}
                allowDeselect={false}
                onChange={(v) => v && set({ level: v })}
                data={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
              />
              <Select
                data-testid="field-wseBand"
                label={t('school.wseBand')}
                value={draft.wseBand === null ? '' : String(draft.wseBand)}
                {...at('wseBand')}
                allowDeselect={false}
                onChange={(v) => set({ wseBand: v ? Number(v) : null })}
                data={[{ value: '', label: t('school.noBand') }, ...WSE_BANDS.map((b) => ({ value: String(b), label: `Band ${b}` }))]}
              />
              <TextInput data-testid="field-phone" label={t('school.phone')} value={draft.phone} {...at('phone')} onChange={(e) => set({ phone: e.currentTarget.value })} />
              <TextInput data-testid="field-email" label={t('school.email')} value={draft.email} {...at('email')} onChange={(e) => set({ email: e.currentTarget.value })} />
            </SimpleGrid>
            <Textarea label={t('school.address')} value={draft.address} {...at('address')} onChange={(e) => set({ address: e.currentTarget.value })} autosize minRows={2} />
            <Divider label={t('school.leaders')} labelPosition="left" />
            {draft.leaders.map((l, i) => (
              <Group key={l.id ?? `new-${i}`} align="start" grow data-testid="leader-row">
                <Select
                  label={t('school.leaderRole')}
                  value={l.role}
                  allowDeselect={false}
                  {...at(`leaders.${i}.role`)}
                  onChange={(v) => v && setLeader(i, { role: v })}
                  data={LEADER_ROLES.map((r) => ({ value: r, label: t(`leaderRole.${r}`) }))}
                />
                <TextInput label={t('school.leaderName')} value={l.name} {...at(`leaders.${i}.name`)} onChange={(e) => setLeader(i, { name: e.currentTarget.value })} data-testid="leader-name" />
                <TextInput label={t('school.leaderTitle')} value={l.title} {...at(`leaders.${i}.title`)} onChange={(e) => setLeader(i, { title: e.currentTarget.value })} />
                <DateField optional label={t('school.appointedOn')} value={l.appointedOn} {...at(`leaders.${i}.appointedOn`)} onChange={(v) => setLeader(i, { appointedOn: v })} data-testid="leader-appointed" />
                <Button variant="subtle" color="red" mt={24} style={{ flexGrow: 0 }} onClick={() => set({ leaders: draft.leaders.filter((_, j) => j !== i) })}>
                  {t('school.removeLeader')}
                </Button>
              </Group>
            ))}
            {form.errors.leaders && <Alert color="red" data-field="leaders">{form.errors.leaders}</Alert>}
            <Group>
              <Button
                variant="light"
                size="xs"
                data-testid="add-leader"
                onClick={() => set({ leaders: [...draft.leaders, { role: draft.leaders.some((x) => x.role === 'head') ? 'deputy' : 'head', name: '', title: '', appointedOn: '' }] })}
              >
                {t('school.addLeader')}
              </Button>
            </Group>
            <Textarea label={t('school.notes')} value={draft.notes} {...at('notes')} onChange={(e) => set({ notes: e.currentTarget.value })} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void form.requestClose()} data-testid="cancel-school">
                {t('school.cancel')}
              </Button>
              <Button type="submit" loading={form.saving} data-testid="save-school">
                {t('school.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {loadError && <Alert color="red">{loadError}</Alert>}
    </FormModal>
  );
}
