import { Alert, Button, Divider, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEADER_ROLES, SCHOOL_LEVELS, WSE_BANDS, type LeaderRole, type SchoolLevel } from '../../../../shared/domain';
import { call, fieldErrors, errorMessage } from '../../api';

interface LeaderDraft {
  id?: number;
  role: LeaderRole;
  name: string;
  title: string;
  appointedOn: string;
}
interface Draft {
  name: string;
  abbreviation: string;
  level: SchoolLevel;
  address: string;
  phone: string;
  email: string;
  wseBand: number | null;
  notes: string;
  leaders: LeaderDraft[];
  /** The version the school was loaded at; sent back with the update. */
  version?: number;
}
const blank: Draft = { name: '', abbreviation: '', level: 'primary', address: '', phone: '', email: '', wseBand: null, notes: '', leaders: [] };

/** Create or edit one school and its leaders; every rule is checked by the service and shown at its field. */
export function SchoolForm({ schoolId, onClose, onSaved }: { schoolId: number | null; onClose: () => void; onSaved: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(schoolId === null ? blank : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (schoolId === null) return;
    call('schools.get', { id: schoolId })
      .then((s) =>
        setDraft({
          ...s,
          leaders: s.leaders.map((l) => ({ id: l.id, role: l.role, name: l.name, title: l.title, appointedOn: l.appointedOn ?? '' })),
        }),
      )
      .catch((err: unknown) => setGeneral(errorMessage(err)));
  }, [schoolId]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    setErrors((e) => {
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
  };
  const setLeader = (i: number, patch: Partial<LeaderDraft>) =>
    setDraft((d) => (d ? { ...d, leaders: d.leaders.map((l, j) => (j === i ? { ...l, ...patch } : l)) } : d));

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    setGeneral('');
    try {
      const input = { ...draft, leaders: draft.leaders.map((l) => ({ ...l })) };
      const saved = schoolId === null ? await call('schools.create', input) : await call('schools.update', { ...input, id: schoolId, version: draft.version ?? 0 });
      setDraft((d) => (d ? { ...d, version: saved.version } : d));
      setErrors({});
      await onSaved(saved.name);
    } catch (err) {
      const fe = fieldErrors(err);
      setErrors(fe);
      setGeneral(Object.keys(fe).length > 0 ? t('school.fixErrors') : errorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  const err = (field: string) => errors[field];

  return (
    <Modal opened onClose={onClose} size="xl" title={<Title order={4}>{schoolId === null ? t('school.newTitle') : t('school.editTitle')}</Title>}>
      {draft && (
        <form
          data-testid="school-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <Stack>
            {general && (
              <Alert color="red" data-testid="form-error">
                {general}
              </Alert>
            )}
            <SimpleGrid cols={2}>
              <TextInput data-autofocus data-testid="field-name" label={t('school.name')} value={draft.name} error={err('name')} onChange={(e) => set('name', e.currentTarget.value)} withAsterisk />
              <TextInput data-testid="field-abbreviation" label={t('school.abbreviation')} value={draft.abbreviation} error={err('abbreviation')} onChange={(e) => set('abbreviation', e.currentTarget.value)} withAsterisk />
              <Select
                data-testid="field-level"
                label={t('school.level')}
                value={draft.level}
                error={err('level')}
                allowDeselect={false}
                onChange={(v) => v && set('level', v)}
                data={SCHOOL_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
              />
              <Select
                data-testid="field-wseBand"
                label={t('school.wseBand')}
                value={draft.wseBand === null ? '' : String(draft.wseBand)}
                error={err('wseBand')}
                allowDeselect={false}
                onChange={(v) => set('wseBand', v ? Number(v) : null)}
                data={[{ value: '', label: t('school.noBand') }, ...WSE_BANDS.map((b) => ({ value: String(b), label: `Band ${b}` }))]}
              />
              <TextInput data-testid="field-phone" label={t('school.phone')} value={draft.phone} error={err('phone')} onChange={(e) => set('phone', e.currentTarget.value)} />
              <TextInput data-testid="field-email" label={t('school.email')} value={draft.email} error={err('email')} onChange={(e) => set('email', e.currentTarget.value)} />
            </SimpleGrid>
            <Textarea label={t('school.address')} value={draft.address} error={err('address')} onChange={(e) => set('address', e.currentTarget.value)} autosize minRows={2} />
            <Divider label={t('school.leaders')} labelPosition="left" />
            {draft.leaders.map((l, i) => (
              <Group key={l.id ?? `new-${i}`} align="start" grow data-testid="leader-row">
                <Select
                  label={t('school.leaderRole')}
                  value={l.role}
                  allowDeselect={false}
                  error={err(`leaders.${i}.role`)}
                  onChange={(v) => v && setLeader(i, { role: v })}
                  data={LEADER_ROLES.map((r) => ({ value: r, label: t(`leaderRole.${r}`) }))}
                />
                <TextInput label={t('school.leaderName')} value={l.name} error={err(`leaders.${i}.name`)} onChange={(e) => setLeader(i, { name: e.currentTarget.value })} />
                <TextInput label={t('school.leaderTitle')} value={l.title} error={err(`leaders.${i}.title`)} onChange={(e) => setLeader(i, { title: e.currentTarget.value })} />
                <TextInput type="date" label={t('school.appointedOn')} value={l.appointedOn} error={err(`leaders.${i}.appointedOn`)} onChange={(e) => setLeader(i, { appointedOn: e.currentTarget.value })} />
                <Button variant="subtle" color="red" mt={24} style={{ flexGrow: 0 }} onClick={() => set('leaders', draft.leaders.filter((_, j) => j !== i))}>
                  {t('school.removeLeader')}
                </Button>
              </Group>
            ))}
            {err('leaders') && <Alert color="red">{err('leaders')}</Alert>}
            <Group>
              <Button
                variant="light"
                size="xs"
                data-testid="add-leader"
                onClick={() => set('leaders', [...draft.leaders, { role: draft.leaders.some((x) => x.role === 'head') ? 'deputy' : 'head', name: '', title: '', appointedOn: '' }])}
              >
                {t('school.addLeader')}
              </Button>
            </Group>
            <Textarea label={t('school.notes')} value={draft.notes} error={err('notes')} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('school.cancel')}
              </Button>
              <Button type="submit" loading={saving} data-testid="save-school">
                {t('school.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {!draft && general && <Alert color="red">{general}</Alert>}
    </Modal>
  );
}
