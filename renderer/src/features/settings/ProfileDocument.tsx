/** The cluster profile document, and the order its initiatives are listed in (the profile's own, not the plan's). */
import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, type Language } from '../../../../shared/dates';
import type { Initiative } from '../../../../shared/plan/types';
import { saveDocument, call } from '../../api';
import { notifyError, notifyOk } from '../../notify';

/** The year's initiatives as the profile lists them: its own order where set, then the plan's. */
const profileOrder = (initiatives: Initiative[]) =>
  initiatives
    .map((i, n) => ({ i, n }))
    .sort((a, b) => (a.i.profilePosition ?? Infinity) - (b.i.profilePosition ?? Infinity) || a.n - b.n)
    .map(({ i }) => i);

export function ProfileDocument() {
  const { t } = useTranslation();
  const thisYear = Number(todayLocal().slice(0, 4));
  const [years, setYears] = useState<number[]>([thisYear]);
  const [year, setYear] = useState(thisYear);
  const [initiatives, setInitiatives] = useState<Initiative[]>([]);
  useEffect(() => {
    call('plan.years', {}).then((ys) => {
      const list = [...new Set([...ys.map((y) => y.year), thisYear])].sort();
      setYears(list);
      setYear(ys.at(-1)?.year ?? thisYear);
    }, notifyError);
  }, [thisYear]);
  const load = useCallback(async () => {
    const ys = await call('plan.years', {});
    setInitiatives(ys.some((y) => y.year === year) ? profileOrder((await call('plan.get', { year })).initiatives) : []);
  }, [year]);
  useEffect(() => {
    load().catch(notifyError);
  }, [load]);

  const move = (index: number, by: number) => {
    const ids = initiatives.map((i) => i.id);
    const [id] = ids.splice(index, 1);
    if (id === undefined) return;
    ids.splice(index + by, 0, id);
    call('initiatives.setProfileOrder', { year, ids }).then((plan) => setInitiatives(profileOrder(plan.initiatives)), notifyError);
  };
  const save = (language: Language) => void saveDocument({ kind: 'cluster-profile', year, language }).then((r) => r.saved && notifyOk(r.fileName), notifyError);
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <Text size="sm" fw={600}>{t('settings.profileDocument')}</Text>
        <Select aria-label={t('plan.year')} w={100} allowDeselect={false} data={years.map(String)} value={String(year)} onChange={(v) => v && setYear(Number(v))} />
        <Button variant="default" onClick={() => save('ms')} data-testid="profile-doc-ms">{t('plan.wordMs')}</Button>
        <Button variant="default" onClick={() => save('en')} data-testid="profile-doc-en">{t('plan.wordEn')}</Button>
      </Group>
      {initiatives.length > 1 && (
        <Stack gap={2} data-testid="profile-order">
          <Text size="sm" c="dimmed">{t('clusterProfile.order')}</Text>
          {initiatives.map((i, n) => (
            <Group key={i.id} gap={4} wrap="nowrap">
              <ActionIcon size="sm" variant="subtle" aria-label="▲" disabled={n === 0} onClick={() => move(n, -1)}>▲</ActionIcon>
              <ActionIcon size="sm" variant="subtle" aria-label="▼" disabled={n === initiatives.length - 1} onClick={() => move(n, 1)}>▼</ActionIcon>
              <Text size="sm">{`${n + 1}. ${i.code}`}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
