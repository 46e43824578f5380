import { Button, FileButton, Group, Image, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterProfile, TeamMember } from '../../../../shared/domain';
import { call } from '../../api';
import { confirm, FormAlert, useForm } from '../../forms';
import { notifyError, notifyOk } from '../../notify';

type Draft = Omit<ClusterProfile, 'hasLogo'>;
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
  const field = (key: Exclude<keyof Draft, 'preparedById'>, label: string, multiline = false) => {
    const props = {
      label,
      value: draft[key],
      ...at(key),
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set({ [key]: e.currentTarget.value }),
      'data-testid': `profile-${key}`,
    };
    return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} />;
  };

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
    <Stack maw={900}>
      <FormAlert form={form} />
      <SimpleGrid cols={2}>
        {field('name', t('settings.clusterName'))}
        {field('formerName', t('settings.formerName'))}
      </SimpleGrid>
      {field('mission', t('settings.mission'), true)}
      {field('vision', t('settings.vision'), true)}
      {field('introduction', t('settings.introduction'), true)}
      {field('services', t('settings.services'), true)}
      <Title order={4}>{t('settings.letterhead')}</Title>
      <SimpleGrid cols={2}>
        {field('ministry', t('settings.ministry'))}
        {field('department', t('settings.department'))}
      </SimpleGrid>
      {field('address', t('settings.address'), true)}
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
