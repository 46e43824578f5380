/** Picking the WSE aspects something serves: "code name", archived ones shown only where already chosen. */
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { WseAspect } from '../../../../shared/wse/types';
import { call } from '../../api';
import { notifyError } from '../../notify';

/** The framework's aspects in code order, read once per form. */
export function useAspects(): WseAspect[] {
  const [aspects, setAspects] = useState<WseAspect[]>([]);
  useEffect(() => {
    call('wse.aspects', {}).then((domains) => setAspects(domains.flatMap((d) => d.aspects)), notifyError);
  }, []);
  return aspects;
}

export const aspectLabel = (a: WseAspect, language: Language) => `${a.code} ${language === 'en' && a.nameEn ? a.nameEn : a.nameMs}`;

export function AspectSelect({ aspects, value, onChange, ...props }: { aspects: WseAspect[]; value: number[]; onChange: (ids: number[]) => void } & Omit<MultiSelectProps, 'data' | 'value' | 'onChange'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const data = aspects
    .filter((a) => !a.archived || value.includes(a.id))
    .map((a) => ({ value: String(a.id), label: a.archived ? `${aspectLabel(a, language)} (${t('wse.archived')})` : aspectLabel(a, language), disabled: a.archived }));
  return (
    <MultiSelect
      searchable
      clearable
      placeholder={value.length ? undefined : t('wse.chooseAspects')}
      data={data}
      value={value.map(String)}
      onChange={(v) => onChange(v.map(Number))}
      {...props}
    />
  );
}
