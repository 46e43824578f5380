import { Button, FileButton, Group, Image, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterProfile, TeamMember } from '../../../../shared/domain';
import { call, fieldErrors } from '../../api';
import { notifyError, notifyOk } from '../../notify';

type Draft = Omit<ClusterProfile, 'hasLogo'>;

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
  const [draft, setDraft] = useState<Draft | null>(null);
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [logo, setLogo] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    try {
      const [p, members, l] = await Promise.all([call('profile.get', {}), call('team.list', {}), call('profile.getLogo', {})]);
      const { hasLogo: _has, ...rest } = p;
      setDraft(rest);
      setTeam(members);
      setLogo(l ? `data:${l.contentType};base64,${l.dataBase64}` : null);
    } catch (err) {
      notifyError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (!draft) return null;
  const field = (key: Exclude<keyof Draft, 'preparedById' | 'version'>, label: string, multiline = false) => {
    const props = {
      label,
      value: draft[key],
      error: errors[key],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft({ ...draft, [key]: e.currentTarget.value }),
      'data-testid': `profile-${key}`,
    };
    return multiline ? <Textarea {...props} autosize minRows={2} /> : <TextInput {...props} />;
  };

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('profile.update', draft);
      setDraft((d) => (d ? { ...d, version: saved.version } : d));
      setErrors({});
      notifyOk(t('settings.saved'));
      await onSaved();
    } catch (err) {
      setErrors(fieldErrors(err));
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  const chooseLogo = async (file: File | null) => {
    if (!file) return;
    try {
      const contentType = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
      await call('profile.setLogo', { contentType, dataBase64: await readBase64(file) });
      await load();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack maw={900}>
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
        error={errors.preparedById}
        value={draft.preparedById === null ? null : String(draft.preparedById)}
        onChange={(v) => setDraft({ ...draft, preparedById: v ? Number(v) : null })}
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
          <Button variant="subtle" color="red" size="xs" onClick={() => void call('profile.clearLogo', {}).then(load, notifyError)}>
            {t('settings.removeLogo')}
          </Button>
        )}
      </Group>
      <Group>
        <Button loading={saving} onClick={() => void save()} data-testid="save-profile">
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
