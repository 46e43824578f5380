/** A visit's next step: which action or target of the school's plan for the visit's year it serves. */
import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sip } from '../../../../shared/sip/types';
import type { NextStepSipLink } from '../../../../shared/visits/types';
import { call } from '../../api';

// One read per school and year while the form is open, shared by the steps' rows.
const plans = new Map<string, Promise<Sip>>();
const planOf = (schoolId: number, year: number) => {
  const key = `${schoolId}-${year}`;
  let p = plans.get(key);
  if (!p) {
    p = call('sip.get', { schoolId, year });
    plans.set(key, p);
    // Read afresh next time the form opens: the plan may have changed meanwhile.
    setTimeout(() => plans.delete(key), 5_000);
  }
  return p;
};

export function SipLinkSelect({ schoolId, date, link, errors, index, onChange }: {
  schoolId: number | null;
  date: string;
  link: Partial<NextStepSipLink>;
  errors: Record<string, string>;
  index: number;
  onChange: (link: NextStepSipLink) => void;
}) {
  const { t } = useTranslation();
  const year = /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
  const [sip, setSip] = useState<Sip | null>(null);
  useEffect(() => {
    setSip(null);
    if (!schoolId || !year) return;
    let live = true;
    planOf(schoolId, year).then((s) => live && setSip(s), () => undefined);
    return () => {
      live = false;
    };
  }, [schoolId, year]);
  const options = (sip?.priorities ?? []).map((p) => ({
    group: p.title,
    items: [
      ...p.targets.map((x) => ({ value: `t:${x.id}`, label: `${t('sip.servesTarget')}: ${x.measure}` })),
      ...p.actions.map((x) => ({ value: `a:${x.id}`, label: `${t('sip.servesAction')}: ${x.what}` })),
    ],
  }));
  const value = link.sipActionId ? `a:${link.sipActionId}` : link.sipTargetId ? `t:${link.sipTargetId}` : null;
  const field = link.sipActionId ? 'sipActionId' : 'sipTargetId';
  return (
    <Select
      w={180}
      clearable
      searchable
      aria-label={t('sip.serves')}
      placeholder={options.length ? t('sip.serves') : t('sip.servesNone')}
      disabled={options.length === 0 && value === null}
      data={options}
      value={value}
      error={errors[`nextSteps.${index}.${field}`]}
      data-field={`nextSteps.${index}.${field}`}
      onChange={(v) => onChange({ sipActionId: v?.startsWith('a:') ? Number(v.slice(2)) : null, sipTargetId: v?.startsWith('t:') ? Number(v.slice(2)) : null })}
      comboboxProps={{ width: 360, position: 'bottom-end' }}
      data-testid="step-sip"
    />
  );
}
