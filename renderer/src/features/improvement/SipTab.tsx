/**
 * Improvement › SIP: the year's school improvement plans, one row per active school with its plan's state;
 * choosing a school opens its plan in the editor (also opened straight from a school's page).
 */
import { Anchor, Badge, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { SipListRow } from '../../../../shared/sip/types';
import { call } from '../../api';
import { confirmLeave } from '../../forms';
import { notifyError } from '../../notify';
import { useDataYears } from '../common/useDataYears';
import { SipEditor } from './SipEditor';

export function SipTab({ year: initialYear, schoolId: initialSchool }: { year?: number; schoolId?: number }) {
  const { t } = useTranslation();
  const [dataYears] = useDataYears();
  const [year, setYear] = useState<number | null>(initialYear ?? null);
  const [schoolId, setSchoolId] = useState<number | null>(initialSchool ?? null);
  const [rows, setRows] = useState<SipListRow[] | null>(null);

  // The tab opens on the year the plan pages open on (the current year if it has data, else the latest that has).
  useEffect(() => {
    if (dataYears) setYear((y) => y ?? dataYears.opening.plan);
  }, [dataYears]);
  const load = useCallback(() => {
    if (year === null) return;
    call('sip.list', { year }).then(setRows, notifyError);
  }, [year]);
  useEffect(load, [load]);

  // The years with a plan, this year and the next (plans are made ahead), and the one shown.
  const years = [...new Set([...(dataYears?.plan ?? []), ...(dataYears ? [dataYears.current, dataYears.current + 1] : []), ...(year ? [year, year + 1] : [])])].sort((a, b) => a - b);
  const move = (next: { year?: number; schoolId?: number | null }) =>
    void confirmLeave().then((ok) => {
      if (!ok) return;
      if (next.year !== undefined) setYear(next.year);
      if (next.schoolId !== undefined) setSchoolId(next.schoolId);
    });

  if (year === null) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm" data-testid="sip-tab">
      <Group gap="sm">
        <Select label={t('sip.year')} w={110} allowDeselect={false} data={years.map(String)} value={String(year)} onChange={(v) => v && move({ year: Number(v) })} data-testid="sip-year" />
        {schoolId !== null && rows && (
          <Select
            label={t('sip.school')}
            w={320}
            searchable
            allowDeselect={false}
            data={rows.map((r) => ({ value: String(r.schoolId), label: `${r.school} · ${r.schoolName}` }))}
            value={String(schoolId)}
            onChange={(v) => v && move({ schoolId: Number(v) })}
            data-testid="sip-school"
          />
        )}
      </Group>
      {schoolId !== null ? (
        <SipEditor
          key={`${schoolId}-${year}`}
          schoolId={schoolId}
          year={year}
          onBack={() => move({ schoolId: null })}
          onYear={(y) => setYear(y)}
          onSaved={load}
        />
      ) : !rows ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <SipList rows={rows} year={year} onOpen={(id) => setSchoolId(id)} />
      )}
    </Stack>
  );
}

function SipList({ rows, year, onOpen }: { rows: SipListRow[]; year: number; onOpen: (schoolId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={600}>{t('sip.schools', { year })}</Text>
      <Table striped highlightOnHover withTableBorder fz="sm" data-testid="sip-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sip.school')}</Table.Th>
            <Table.Th ta="right">{t('sip.priorities')}</Table.Th>
            <Table.Th ta="right">{t('sip.targetsMet')}</Table.Th>
            <Table.Th ta="right">{t('sip.actionsDone')}</Table.Th>
            <Table.Th>{t('sip.lastReview')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.schoolId} data-testid="sip-row" data-school={r.school}>
              <Table.Td>
                <Anchor component="button" size="sm" onClick={() => onOpen(r.schoolId)} data-testid="sip-open">
                  {r.school}
                </Anchor>
                <Text span size="sm" c="dimmed"> · {r.schoolName}</Text>
              </Table.Td>
              {r.sipId === null ? (
                <Table.Td colSpan={4}>
                  <Badge variant="light" color="gray" data-testid="sip-state">{t('sip.noPlan')}</Badge>
                </Table.Td>
              ) : (
                <>
                  <Table.Td ta="right" data-testid="sip-priorities">{r.priorities}</Table.Td>
                  <Table.Td ta="right" data-testid="sip-targets">{r.targetsMet} / {r.targets}</Table.Td>
                  <Table.Td ta="right" data-testid="sip-actions">{r.actionsDone} / {r.actions}</Table.Td>
                  <Table.Td data-testid="sip-last-review">
                    {r.lastReview ? t('sip.reviewOn', { number: r.lastReview.number, date: formatDate(r.lastReview.date) }) : <Text span size="sm" c="dimmed">{t('sip.noReview')}</Text>}
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
