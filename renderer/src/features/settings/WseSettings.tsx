/**
 * Settings › WSE: the framework's domains and aspects, and each aspect's terms of reference, scope of work and
 * monitoring mechanism in BM and EN (what the cluster profile prints). Aspects in use are archived, not deleted.
 */
import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { WseAspect, WseDomain } from '../../../../shared/wse/types';
import { call } from '../../api';
import { confirm, FormAlert, FormModal, useForm, withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';

type AspectDraft = Omit<WseAspect, 'id' | 'version' | 'archived'> & { id?: number; version?: number };
const TEXTS = ['terms', 'scope', 'monitoring'] as const;

export function WseSettings() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [domains, setDomains] = useState<WseDomain[]>([]);
  const [editing, setEditing] = useState<AspectDraft | null>(null);
  const [renaming, setRenaming] = useState<WseDomain | null>(null);
  const load = useCallback(() => call('wse.aspects', {}).then(setDomains, notifyError), []);
  useEffect(() => void load(), [load]);
  const name = (x: { nameMs: string; nameEn: string }) => (language === 'en' && x.nameEn ? x.nameEn : x.nameMs);

  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      await load();
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async (a: WseAspect) => {
    if (await confirm({ title: t('wse.deleteAspect', { code: a.code }), message: t('wse.deleteAspectText'), confirmLabel: t('wse.delete'), danger: true })) {
      await act(() => call('wse.deleteAspect', { id: a.id }));
    }
  };
  const blank = (d: WseDomain): AspectDraft => ({ domainId: d.id, code: `${d.number}.`, nameMs: '', nameEn: '', termsMs: '', termsEn: '', scopeMs: '', scopeEn: '', monitoringMs: '', monitoringEn: '' });

  return (
    <Stack data-testid="wse-settings">
      <Text size="sm" c="dimmed" maw={900}>{t('wse.settingsIntro')}</Text>
      {domains.map((d) => (
        <Card withBorder key={d.id} data-testid="wse-domain">
          <Group justify="space-between" mb="xs">
            <Title order={5}>{t('wse.domain')} {d.number}: {name(d)}</Title>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setRenaming(d)} data-testid="wse-rename-domain">{t('wse.renameDomain')}</Button>
              <Button size="xs" onClick={() => setEditing(blank(d))} data-testid="wse-add-aspect">{t('wse.addAspect')}</Button>
            </Group>
          </Group>
          <Table striped>
            <Table.Tbody>
              {d.aspects.map((a) => (
                <Table.Tr key={a.id} data-testid="wse-aspect" data-code={a.code}>
                  <Table.Td w={70}><Text fw={600} size="sm">{a.code}</Text></Table.Td>
                  <Table.Td>
                    <Text size="sm" c={a.archived ? 'dimmed' : undefined}>{name(a)} {a.archived && <Badge size="xs" color="gray">{t('wse.archived')}</Badge>}</Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>{(language === 'en' ? [a.termsEn || a.termsMs, a.scopeEn || a.scopeMs, a.monitoringEn || a.monitoringMs] : [a.termsMs, a.scopeMs, a.monitoringMs]).map((x) => x.split('\n')[0]).filter(Boolean).join(' · ') || t('wse.noTerms')}</Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ ...a })} data-testid="wse-edit-aspect">{t('schools.edit')}</Button>
                      {a.archived ? (
                        <Button size="compact-xs" variant="subtle" onClick={() => void act(() => call('wse.restoreAspect', { id: a.id }))}>{t('wse.restore')}</Button>
                      ) : (
                        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void act(() => call('wse.archiveAspect', { id: a.id }))}>{t('wse.archive')}</Button>
                      )}
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(a)}>{t('wse.delete')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {editing && <AspectForm draft={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); void load(); }} />}
      {renaming && <DomainForm domain={renaming} onClose={() => setRenaming(null)} onSaved={() => { setRenaming(null); void load(); }} />}
    </Stack>
  );
}

function AspectForm({ draft, onClose, onSaved }: { draft: AspectDraft; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm(draft, {
    onClose,
    reload: draft.id ? async () => ({ ...(await call('wse.aspects', {})).flatMap((d) => d.aspects).find((a) => a.id === draft.id) } as AspectDraft) : undefined,
  });
  const { draft: a, set, at } = form;
  const save = () =>
    form.submit(async (x) => {
      const { domainId, code, nameMs, nameEn, termsMs, termsEn, scopeMs, scopeEn, monitoringMs, monitoringEn } = x;
      const saved = await call('wse.saveAspect', { ...(x.id ? { id: x.id, ...withVersion(x) } : {}), domainId, code, nameMs, nameEn, termsMs, termsEn, scopeMs, scopeEn, monitoringMs, monitoringEn });
      notifyOk(t('wse.saved'));
      onSaved();
      return saved;
    });
  return (
    <FormModal onClose={() => void form.requestClose()} size="xl" title={a.id ? t('wse.editAspect') : t('wse.newAspect')} data-testid="wse-aspect-form">
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={3}>
            <TextInput label={t('wse.code')} value={a.code} {...at('code')} onChange={(e) => set({ code: e.currentTarget.value })} data-testid="wse-code" />
            <TextInput label={t('wse.nameMs')} value={a.nameMs} {...at('nameMs')} onChange={(e) => set({ nameMs: e.currentTarget.value })} data-testid="wse-name-ms" />
            <TextInput label={t('wse.nameEn')} value={a.nameEn} {...at('nameEn')} onChange={(e) => set({ nameEn: e.currentTarget.value })} data-testid="wse-name-en" />
          </SimpleGrid>
          {TEXTS.map((k) => (
            <SimpleGrid cols={2} key={k}>
              {(['Ms', 'En'] as const).map((lang) => {
                const field = `${k}${lang}` as const;
                return <Textarea key={field} label={t(`wse.${field}`)} autosize minRows={2} maxRows={10} value={a[field]} {...at(field)} onChange={(e) => set({ [field]: e.currentTarget.value })} data-testid={`wse-${field}`} />;
              })}
            </SimpleGrid>
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} data-testid="wse-aspect-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

function DomainForm({ domain, onClose, onSaved }: { domain: WseDomain; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ nameMs: domain.nameMs, nameEn: domain.nameEn, version: domain.version }, { onClose });
  const { draft: d, set, at } = form;
  return (
    <FormModal onClose={() => void form.requestClose()} title={`${t('wse.domain')} ${domain.number}`} data-testid="wse-domain-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async (x) => {
            const saved = await call('wse.saveDomain', { id: domain.id, ...withVersion(x), nameMs: x.nameMs, nameEn: x.nameEn });
            onSaved();
            return { nameMs: saved.nameMs, nameEn: saved.nameEn, version: saved.version };
          });
        }}
      >
        <Stack gap="sm">
          <FormAlert form={form} />
          <TextInput label={t('wse.nameMs')} value={d.nameMs} {...at('nameMs')} onChange={(e) => set({ nameMs: e.currentTarget.value })} />
          <TextInput label={t('wse.nameEn')} value={d.nameEn} {...at('nameEn')} onChange={(e) => set({ nameEn: e.currentTarget.value })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving}>{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
