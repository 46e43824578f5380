/** Which WSE aspect each lesson-observation criterion maps to; a choice is saved as it is made. */
import { Select, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import type { ListEntry } from '../../../../shared/visits/types';
import type { CriterionAspect } from '../../../../shared/wse/types';
import { call } from '../../api';
import { notifyError } from '../../notify';
import { aspectLabel, useAspects } from './AspectSelect';

export function CriterionAspects() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const aspects = useAspects();
  const [criteria, setCriteria] = useState<ListEntry[]>([]);
  const [map, setMap] = useState<CriterionAspect[]>([]);
  useEffect(() => {
    Promise.all([call('rubric.list', {}), call('rubric.aspects', {})]).then(([c, m]) => {
      setCriteria(c);
      setMap(m);
    }, notifyError);
  }, []);
  const choose = async (criterionId: number, aspectId: number | null) => {
    try {
      const saved = await call('rubric.setAspect', { criterionId, aspectId });
      setMap((m) => m.map((x) => (x.criterionId === criterionId ? saved : x)));
    } catch (err) {
      notifyError(err);
    }
  };
  const mapped = (id: number) => map.find((m) => m.criterionId === id)?.aspectId ?? null;
  return (
    <Table data-testid="criterion-aspects">
      <Table.Tbody>
        {criteria.map((c) => {
          const current = mapped(c.id);
          const data = aspects.filter((a) => !a.archived || a.id === current).map((a) => ({ value: String(a.id), label: aspectLabel(a, language), disabled: a.archived }));
          return (
            <Table.Tr key={c.id}>
              <Table.Td><Text size="sm">{c.code} · {language === 'en' ? c.nameEn : c.nameMs}</Text></Table.Td>
              <Table.Td w={320}>
                <Select size="xs" clearable searchable aria-label={t('wse.aspect')} placeholder={t('wse.noAspect')} data={data} value={current ? String(current) : null} onChange={(v) => void choose(c.id, v ? Number(v) : null)} data-testid="criterion-aspect" />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
