/**
 * A school's WSE card: its band history (the latest, which is the roster's band, highlighted) with add, edit and
 * delete, and the year's ratings on each aspect as an editable grid saved at once.
 */
import { ActionIcon, Badge, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayLocal, type Language } from '../../../../shared/dates';
import { BAND_KINDS, WSE_LEVELS, type BandKind, type WseBand, type WseRating } from '../../../../shared/wse/types';
import { call } from '../../api';
import { confirm, DateField, FormAlert, FormModal, useForm, withVersion } from '../../forms';
import { notifyError, notifyOk } from '../../notify';
import { aspectLabel, useAspects } from '../wse/AspectSelect';

type BandDraft = { id?: number; version?: number; year: number; band: number | null; kind: BandKind; date: string; note: string };

export function WseCard({ schoolId, onChanged }: { schoolId: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const [bands, setBands] = useState<WseBand[] | null>(null);
  const [editing, setEditing] = useState<BandDraft | null>(null);
  const load = useCallback(() => call('wse.bands', { schoolId }).then(setBands, notifyError), [schoolId]);
  useEffect(() => void load(), [load]);
  const changed = (next: WseBand[]) => {
    setBands(next);
    onChanged();
  };
  const remove = async (b: WseBand) => {
    const kind = t(`wse.kindName.${b.kind}`);
    if (!(await confirm({ title: t('wse.deleteBand', { year: b.year, kind }), message: t('wse.deleteBandText'), confirmLabel: t('wse.delete'), danger: true }))) return;
    try {
      changed(await call('wse.deleteBand', { id: b.id }));
    } catch (err) {
      notifyError(err);
    }
  };
  const year = Number(todayLocal().slice(0, 4));

  return (
    <Card withBorder data-testid="school-wse">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={5}>{t('wse.bandHistory')}</Title>
            <Button size="xs" variant="default" onClick={() => setEditing({ year, band: null, kind: 'internal', date: todayLocal(), note: '' })} data-testid="wse-add-band">{t('wse.addBand')}</Button>
          </Group>
          {bands && bands.length === 0 && <Text size="sm" c="dimmed">{t('wse.noBands')}</Text>}
          {bands && bands.length > 0 && (
            <Table data-testid="wse-bands">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('wse.year')}</Table.Th>
                  <Table.Th>{t('wse.band')}</Table.Th>
                  <Table.Th>{t('wse.kind')}</Table.Th>
                  <Table.Th>{t('wse.date')}</Table.Th>
                  <Table.Th>{t('wse.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {bands.map((b, i) => (
                  <Table.Tr key={b.id} data-testid="wse-band-row" data-latest={i === 0} bg={i === 0 ? 'var(--mantine-color-blue-light)' : undefined}>
                    <Table.Td>{b.year}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Text fw={i === 0 ? 700 : undefined} size="sm">{b.band}</Text>
                        {i === 0 && <Badge size="xs" style={{ flexShrink: 0 }}>{t('wse.latest')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{t(`wse.kindName.${b.kind}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(b.date)}</Table.Td>
                    <Table.Td><Text size="xs" lineClamp={2}>{b.note}</Text></Table.Td>
                    <Table.Td>
                      <Group gap={2} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ ...b })} data-testid="wse-edit-band">{t('schools.edit')}</Button>
                        <ActionIcon variant="subtle" color="red" aria-label={t('wse.delete')} onClick={() => void remove(b)} data-testid="wse-delete-band">✕</ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <RatingsGrid schoolId={schoolId} />
      </SimpleGrid>
      {editing && (
        <BandForm
          schoolId={schoolId}
          draft={editing}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            changed(next);
          }}
        />
      )}
    </Card>
  );
}

function BandForm({ schoolId, draft, onClose, onSaved }: { schoolId: number; draft: BandDraft; onClose: () => void; onSaved: (bands: WseBand[]) => void }) {
  const { t } = useTranslation();
  const form = useForm(draft, { onClose });
  const { draft: b, set, at } = form;
  return (
    <FormModal onClose={() => void form.requestClose()} title={b.id ? t('wse.editBand') : t('wse.addBand')} data-testid="wse-band-form">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(async (x) => {
            const bands = await call('wse.saveBand', { ...(x.id ? { id: x.id, ...withVersion(x) } : {}), schoolId, year: x.year, band: x.band ?? 0, kind: x.kind, date: x.date, note: x.note });
            onSaved(bands);
          });
        }}
      >
        <Stack gap="sm">
          <FormAlert form={form} />
          <SimpleGrid cols={2}>
            <NumberInput label={t('wse.year')} min={2000} max={2100} value={b.year} {...at('year')} onChange={(v) => set({ year: Number(v) || 0 })} data-testid="wse-band-year" />
            <Select label={t('wse.band')} data={WSE_LEVELS.map(String)} value={b.band ? String(b.band) : null} {...at('band')} onChange={(v) => set({ band: v ? Number(v) : null })} data-testid="wse-band-band" />
            <Select label={t('wse.kind')} allowDeselect={false} data={BAND_KINDS.map((k) => ({ value: k, label: t(`wse.kindName.${k}`) }))} value={b.kind} {...at('kind')} onChange={(v) => v && set({ kind: v })} data-testid="wse-band-kind" />
            <DateField label={t('wse.date')} value={b.date} {...at('date')} onChange={(date) => set({ date })} data-testid="wse-band-date" />
          </SimpleGrid>
          <TextInput label={t('wse.note')} value={b.note} {...at('note')} onChange={(e) => set({ note: e.currentTarget.value })} data-testid="wse-band-note" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
            <Button type="submit" loading={form.saving} data-testid="wse-band-save">{t('school.save')}</Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

function RatingsGrid({ schoolId }: { schoolId: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const aspects = useAspects();
  const [year, setYear] = useState(Number(todayLocal().slice(0, 4)));
  const form = useForm<{ ratings: WseRating[] }>({ ratings: [] });
  const { draft, at } = form;
  useEffect(() => {
    call('wse.ratings', { schoolId, year }).then((r) => form.load({ ratings: r.ratings }), notifyError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schoolId, year]);
  const setRow = (i: number, patch: Partial<WseRating>) => form.update((d) => ({ ratings: d.ratings.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const save = () =>
    form.submit(async (d) => {
      const saved = await call('wse.saveRatings', { schoolId, year, ratings: d.ratings });
      notifyOk(t('wse.ratingsSaved'));
      return { ratings: saved.ratings };
    });
  const byId = new Map(aspects.map((a) => [a.id, a]));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{t('wse.ratings')}</Title>
        <Group gap="xs">
          <NumberInput w={90} size="xs" aria-label={t('wse.year')} min={2000} max={2100} value={year} onChange={(v) => Number(v) >= 2000 && Number(v) <= 2100 && setYear(Number(v))} data-testid="wse-ratings-year" />
          <Button size="xs" onClick={() => void save()} loading={form.saving} disabled={!form.dirty} data-testid="wse-ratings-save">{t('wse.saveRatings')}</Button>
        </Group>
      </Group>
      <FormAlert form={form} />
      <Table verticalSpacing={2} data-testid="wse-ratings">
        <Table.Tbody>
          {draft.ratings.map((r, i) => {
            const a = byId.get(r.aspectId);
            return (
              <Table.Tr key={r.aspectId}>
                <Table.Td><Text size="xs">{a ? aspectLabel(a, language) : r.aspectId}</Text></Table.Td>
                <Table.Td w={80}>
                  <Select size="xs" clearable aria-label={t('wse.rating')} data={WSE_LEVELS.map(String)} value={r.rating ? String(r.rating) : null} {...at(`ratings.${i}.rating`)} onChange={(v) => setRow(i, { rating: v ? Number(v) : null })} data-testid="wse-rating" />
                </Table.Td>
                <Table.Td w={180}>
                  <TextInput size="xs" aria-label={t('wse.note')} placeholder={t('wse.note')} value={r.note} {...at(`ratings.${i}.note`)} onChange={(e) => setRow(i, { note: e.currentTarget.value })} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
