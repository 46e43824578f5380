import { Button, FileButton, Group, Image, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterProfile, TeamMember } from '../../../../shared/domain';
import { call } from '../../api';
import { confirm, FormAlert, useForm } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { MissingEnglish, useMissingMark } from '../common/MissingEnglish';

type Draft = Omit<ClusterProfile, 'hasLogo'>;
type TextKey = Exclude<keyof Draft, 'preparedById' | 'version'>;
/** Each Malay text and its English, as the form shows them side by side. */
const PAIRS = [
  ['name', 'nameEn'],
  ['formerName', 'formerNameEn'],
  ['mission', 'missionEn'],
  ['vision', 'visionEn'],
  ['introduction', 'introductionEn'],
  ['mainRole', 'mainRoleEn'],
  ['services', 'servicesEn'],
  ['logoDescription', 'logoDescriptionEn'],
  ['crossCompetencies', 'crossCompetenciesEn'],
  ['ministry', 'ministryEn'],
  ['department', 'departmentEn'],
  ['address', 'addressEn'],
] as const satisfies readonly (readonly [TextKey, TextKey])[];
const draftOf = ({ hasLogo: _has, ...rest }: ClusterProfile): Draft => rest;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? (reader.result.split(',')[1] ?? '') : '');
    reader.onerror = () => reject(new Error(reader.error?.message ?? 'The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function ProfileForm({ onSaved }: { onSaved: () => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm<Draft | null>(null, { reload: async () => draftOf(await call('profile.get', {})) });
  const { draft, at } = form;
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [logo, setLogo] = useState<string | null>(null);
  const missingMark = useMissingMark();

  const load = useCallback(async (withDraft = true) => {
    try {
      const [p, members, l] = await Promise.all([call('profile.get', {}), call('team.list', {}), call('profile.getLogo', {})]);
      if (withDraft) form.load(draftOf(p));
      setTeam(members);
      setLogo(l ? `data:${l.contentType};base64,${l.dataBase64}` : null);
    } catch (err) {
      notifyError(err);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (!draft) return null;
  const field = (key: TextKey, label: string, multiline = false, extra: Record<string, string> = {}) => {
    const props = {
      label,
      ...extra,
      value: draft[key],
      ...at(key),
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set({ [key]: e.currentTarget.value }),
      'data-testid': `profile-${key}`,
    };
    return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} />;
  };

  /** The Malay field and, beside it, its English with a mark while it is missing. */
  const pair = (ms: TextKey, en: TextKey, label: string, multiline = false) => (
    <SimpleGrid cols={2}>
      {field(ms, label, multiline)}
      {field(en, t('clusterProfile.english', { label }), multiline, missingMark(draft[ms], draft[en]))}
    </SimpleGrid>
  );

  const save = () =>
    form.submit(async (d) => {
      if (!d) return;
      const saved = await call('profile.update', d);
      notifyOk(t('settings.saved'));
      await onSaved();
      return draftOf(saved);
    });

  const chooseLogo = async (file: File | null) => {
    if (!file) return;
    try {
      const contentType = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
      await call('profile.setLogo', { contentType, dataBase64: await readBase64(file) });
      await load(false);
    } catch (err) {
      notifyError(err);
    }
  };
  const removeLogo = async () => {
    if (!(await confirm({ title: t('forms.removeLogo'), message: t('forms.removeLogoText'), confirmLabel: t('settings.removeLogo'), danger: true }))) return;
    await call('profile.clearLogo', {}).then(() => load(false), notifyError);
  };

  return (
    <Stack maw={1100}>
      <FormAlert form={form} />
      <MissingEnglish pairs={PAIRS.map(([ms, en]) => [draft[ms], draft[en]] as const)} testId="profile-missing-en" />
      {pair('name', 'nameEn', t('settings.clusterName'))}
      {pair('formerName', 'formerNameEn', t('settings.formerName'))}
      <SimpleGrid cols={2}>
        {field('teamAsOf', t('clusterProfile.teamAsOf'))}
      </SimpleGrid>
      {pair('mission', 'missionEn', t('settings.mission'), true)}
      {pair('vision', 'visionEn', t('settings.vision'), true)}
      <Title order={4}>{t('clusterProfile.texts')}</Title>
      {pair('introduction', 'introductionEn', t('settings.introduction'), true)}
      {pair('mainRole', 'mainRoleEn', t('clusterProfile.mainRole'), true)}
      {pair('services', 'servicesEn', t('clusterProfile.services'), true)}
      {pair('logoDescription', 'logoDescriptionEn', t('clusterProfile.logoDescription'), true)}
      {pair('crossCompetencies', 'crossCompetenciesEn', t('clusterProfile.crossCompetencies'), true)}
      <Title order={4}>{t('settings.letterhead')}</Title>
      {pair('ministry', 'ministryEn', t('settings.ministry'))}
      {pair('department', 'departmentEn', t('settings.department'))}
      {pair('address', 'addressEn', t('settings.address'), true)}
      <Select
        label={t('settings.preparedBy')}
        placeholder={t('settings.preparedByDefault')}
        clearable
        {...at('preparedById')}
        value={draft.preparedById === null ? null : String(draft.preparedById)}
        onChange={(v) => form.set({ preparedById: v ? Number(v) : null })}
        data={team.map((m) => ({ value: String(m.id), label: `${m.name} (${m.role === 'other' ? m.roleLabel : t(`teamRole.${m.role}`)})` }))}
      />
      <Group align="center">
        <Text fw={500}>{t('settings.logo')}</Text>
        {logo ? <Image src={logo} h={56} w="auto" alt={t('settings.logo')} data-testid="logo-preview" /> : <Text c="dimmed">{t('settings.noLogo')}</Text>}
        <FileButton onChange={(f) => void chooseLogo(f)} accept="image/png,image/jpeg">
          {(props) => (
            <Button variant="default" size="xs" {...props}>
              {t('settings.chooseLogo')}
            </Button>
          )}
        </FileButton>
        {logo && (
          <Button variant="subtle" color="red" size="xs" onClick={() => void removeLogo()} data-testid="remove-logo">
            {t('settings.removeLogo')}
          </Button>
        )}
      </Group>
      <Group>
        <Button loading={form.saving} onClick={() => void save()} data-testid="save-profile">
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
