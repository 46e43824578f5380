/** Who signs the office's documents: prepared, checked and approved by, and the alternate for letters. */
import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatoriesSetting } from '../../../../shared/documents/signatories';
import type { TeamMember } from '../../../../shared/domain';
import { call } from '../../api';
import { FormAlert, useForm } from '../../forms';
import { notifyError, notifyOk } from '../../notify';

const FIELDS = ['preparedById', 'checkedById', 'approvedById', 'alternateId'] as const;

export function SignatoriesForm() {
  const { t } = useTranslation();
  const form = useForm<SignatoriesSetting | null>(null);
  const [team, setTeam] = useState<TeamMember[]>([]);
  const [defaults, setDefaults] = useState<Record<string, string>>({});

  const show = (s: Awaited<ReturnType<typeof load>>) => {
    setDefaults({ preparedById: s.preparedBy?.name ?? '', checkedById: '', approvedById: s.approvedBy?.name ?? '', alternateId: s.alternate?.name ?? '' });
    return s.setting;
  };
  const load = () => call('documents.signatories', {});
  useEffect(() => {
    Promise.all([load(), call('team.list', {})])
      .then(([s, members]) => {
        setTeam(members);
        form.load(show(s));
      })
      .catch(notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draft = form.draft;
  if (!draft) return null;
  const options = team.map((m) => ({ value: String(m.id), label: `${m.name} · ${m.roleLabel || t(`teamRole.${m.role}`)}` }));

  return (
    <Stack maw={900} data-testid="signatories-form">
      <Title order={5}>{t('signatories.title')}</Title>
      <Text size="sm">{t('signatories.help')}</Text>
      <FormAlert form={form} />
      <SimpleGrid cols={2}>
        {FIELDS.map((field) => (
          <Select
            key={field}
            label={t(`signatories.${field}`)}
            placeholder={field === 'checkedById' ? t('signatories.none') : t('signatories.default', { name: defaults[field] || t('signatories.nobody') })}
            data={options}
            value={draft[field] === null ? null : String(draft[field])}
            onChange={(v) => form.set({ [field]: v ? Number(v) : null })}
            clearable
            {...form.at(field)}
            data-testid={`signatory-${field}`}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button
          loading={form.saving}
          disabled={!form.dirty}
          data-testid="save-signatories"
          onClick={() =>
            void form.submit(async (d) => {
              if (!d) return;
              const saved = show(await call('documents.setSignatories', d));
              notifyOk(t('settings.saved'));
              return saved;
            })
          }
        >
          {t('school.save')}
        </Button>
      </Group>
    </Stack>
  );
}
