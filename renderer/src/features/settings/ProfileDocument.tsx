/** The cluster profile document (introduction, team, schools, mission and vision, initiatives, services, calendar). */
import { Button, Group, Select, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayLocal, type Language } from '../../../../shared/dates';
import { saveDocument, call } from '../../api';
import { notifyError, notifyOk } from '../../notify';

export function ProfileDocument() {
  const { t } = useTranslation();
  const thisYear = Number(todayLocal().slice(0, 4));
  const [years, setYears] = useState<number[]>([thisYear]);
  const [year, setYear] = useState(thisYear);
  useEffect(() => {
    call('plan.years', {}).then((ys) => {
      const list = [...new Set([...ys.map((y) => y.year), thisYear])].sort();
      setYears(list);
      setYear(ys.at(-1)?.year ?? thisYear);
    }, notifyError);
  }, [thisYear]);
  const save = (language: Language) => void saveDocument({ kind: 'cluster-profile', year, language }).then((r) => r.saved && notifyOk(r.fileName), notifyError);
  return (
    <Group align="flex-end" gap="xs">
      <Text size="sm" fw={600}>{t('settings.profileDocument')}</Text>
      <Select aria-label={t('plan.year')} w={100} allowDeselect={false} data={years.map(String)} value={String(year)} onChange={(v) => v && setYear(Number(v))} />
      <Button variant="default" onClick={() => save('ms')} data-testid="profile-doc-ms">{t('plan.wordMs')}</Button>
      <Button variant="default" onClick={() => save('en')} data-testid="profile-doc-en">{t('plan.wordEn')}</Button>
    </Group>
  );
}
