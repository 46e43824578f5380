/**
 * The grid of one exam type in one year: a row per school sitting it, for each subject how many sat, how many
 * reached A–C, the A–C % (with the change from last year) and the target; the cluster's totals at the foot.
 * Saved at once with `results.save`; a refused cell shows its message where it was typed.
 */
import { Button, Group, Input, ScrollArea, Table, Text, Tooltip } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { acPercent } from '../../../../../shared/results/percent';
import { sitsExam } from '../../../../../shared/results/sitting';
import type { ResultsList } from '../../../../../shared/results/types';
import { call } from '../../../api';
import { FormAlert, useForm } from '../../../forms';
import { notifyOk } from '../../../notify';
import { changeColour, changeText, percentText } from './names';

type Cell = { sat: string; passed: string; target: string; version: number };
type Draft = Record<string, Cell>;
const keyOf = (schoolId: number, subjectId: number) => `${schoolId}|${subjectId}`;
const show = (n: number | null) => (n === null ? '' : String(n));
/** A typed number as the contract takes it: empty is null, anything else is sent for the server to judge. */
const numberOf = (s: string): number | null => (s.trim() === '' ? null : Number(s.trim().replace(',', '.')));

function draftOf(list: ResultsList, examTypeId: number): Draft {
  const d: Draft = {};
  for (const r of list.rows) {
    if (r.examTypeId !== examTypeId) continue;
    d[keyOf(r.schoolId, r.subjectId)] = { sat: show(r.sat), passed: show(r.passed), target: show(r.target), version: r.version };
  }
  return d;
}
const blank: Cell = { sat: '', passed: '', target: '', version: 0 };
const same = (a: Cell, b: Cell) => a.sat.trim() === b.sat.trim() && a.passed.trim() === b.passed.trim() && a.target.trim() === b.target.trim();

export function ResultsGrid({ list, examTypeId, onSaved }: { list: ResultsList; examTypeId: number; onSaved: (list: ResultsList) => void }) {
  const { t } = useTranslation();
  // The parent mounts the grid afresh for each list it reads, so the draft starts from that list.
  const form = useForm<Draft>(draftOf(list, examTypeId));
  // The order the last save sent the rows in, to put `rows.N.field` errors back on their cells.
  const [sent, setSent] = useState<string[]>([]);

  const type = list.examTypes.find((e) => e.id === examTypeId);
  const schools = list.schools.filter((s) => sitsExam(s.level, type?.code));
  const subjects = list.subjects.filter((s) => !s.archived);
  const cell = (k: string) => form.draft[k] ?? blank;
  const changed = Object.keys(form.draft).filter((k) => !same(cell(k), form.snapshot[k] ?? blank));
  const lastYear = new Map(list.rows.filter((r) => r.examTypeId === examTypeId).map((r) => [keyOf(r.schoolId, r.subjectId), r]));
  const totals = new Map(list.totals.filter((x) => x.examTypeId === examTypeId).map((x) => [x.subjectId, x]));

  const setCell = (k: string, patch: Partial<Cell>) => form.update((d) => ({ ...d, [k]: { ...(d[k] ?? blank), ...patch } }));
  /** The field name a save's error for this cell carries (rows.N.passed), so the error shows at the cell. */
  const fieldOf = (k: string, field: 'sat' | 'passed' | 'targetPercent') => {
    const i = sent.indexOf(k);
    return i < 0 ? field : `rows.${i}.${field}`;
  };
  const save = () =>
    form.submit(async (d) => {
      setSent(changed);
      const rows = changed.map((k) => {
        const [schoolId, subjectId] = k.split('|').map(Number) as [number, number];
        const c = d[k] ?? blank;
        return { schoolId, subjectId, sat: numberOf(c.sat), passed: numberOf(c.passed), targetPercent: numberOf(c.target), version: c.version };
      });
      const saved = await call('results.save', { year: list.year, examTypeId, rows });
      notifyOk(t('results.saved'));
      onSaved(saved);
      return draftOf(saved, examTypeId);
    });

  if (schools.length === 0) return <Text size="sm" c="dimmed">{t('results.noSchools')}</Text>;
  const input = (k: string, field: 'sat' | 'passed' | 'target', label: string) => {
    const name = fieldOf(k, field === 'target' ? 'targetPercent' : field);
    const error = form.errors[name];
    // Mantine's bare Input (no label wrapper): a grid holds a few hundred of them.
    const box = (
      <Input
        size="xs"
        w={field === 'target' ? 54 : 50}
        aria-label={label}
        value={cell(k)[field]}
        error={error ? true : undefined}
        data-field={name}
        onChange={(e: ChangeEvent<HTMLInputElement>) => setCell(k, { [field]: e.currentTarget.value })}
        styles={{ input: { textAlign: 'right', paddingInline: 4 } }}
      />
    );
    return error ? <Tooltip label={error} opened withArrow position="bottom" color="red" multiline maw={220} fz="xs">{box}</Tooltip> : box;
  };

  return (
    <>
      <FormAlert form={form} />
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders fz="xs" verticalSpacing={2} horizontalSpacing={4} data-testid="results-grid" miw={160 + subjects.length * 230}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{t('results.school')}</Table.Th>
              {subjects.map((s) => (
                <Table.Th key={s.id} colSpan={4} ta="center" data-testid="results-subject">{s.code}</Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {subjects.map((s) => [
                <Table.Th key={`${s.id}s`} ta="right">{t('results.sat')}</Table.Th>,
                <Table.Th key={`${s.id}p`} ta="right">{t('results.passed')}</Table.Th>,
                <Table.Th key={`${s.id}%`} ta="right">%</Table.Th>,
                <Table.Th key={`${s.id}t`} ta="right">{t('results.target')}</Table.Th>,
              ])}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {schools.map((school) => (
              <Table.Tr key={school.id} data-testid="results-row" data-school={school.abbreviation}>
                <Table.Td title={school.name} style={{ whiteSpace: 'nowrap' }}>{school.abbreviation}</Table.Td>
                {subjects.map((s) => {
                  const k = keyOf(school.id, s.id);
                  const c = cell(k);
                  const sat = numberOf(c.sat);
                  const passed = numberOf(c.passed);
                  const pct = sat !== null && passed !== null && Number.isFinite(sat) && Number.isFinite(passed) ? acPercent(passed, sat) : null;
                  const last = lastYear.get(k)?.lastYearPercent ?? null;
                  const change = pct !== null && last !== null ? Math.round((pct - last) * 10) / 10 : null;
                  const label = `${school.abbreviation} ${s.code}`;
                  return [
                    <Table.Td key={`${s.id}s`} data-cell={`${school.abbreviation}|${s.code}|sat`}>{input(k, 'sat', `${label} ${t('results.sat')}`)}</Table.Td>,
                    <Table.Td key={`${s.id}p`} data-cell={`${school.abbreviation}|${s.code}|passed`}>{input(k, 'passed', `${label} ${t('results.passed')}`)}</Table.Td>,
                    <Table.Td key={`${s.id}%`} ta="right" data-cell={`${school.abbreviation}|${s.code}|percent`} title={last !== null ? `${t('results.lastYear')}: ${percentText(last)}` : undefined}>
                      <Text size="xs" fw={500} span>{percentText(pct)}</Text>
                      {change !== null && <Text size="10px" c={changeColour(change)} display="block">{changeText(change)}</Text>}
                    </Table.Td>,
                    <Table.Td key={`${s.id}t`} data-cell={`${school.abbreviation}|${s.code}|target`}>{input(k, 'target', `${label} ${t('results.target')}`)}</Table.Td>,
                  ];
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="results-totals">
              <Table.Th>{t('results.cluster')}</Table.Th>
              {subjects.map((s) => {
                const x = totals.get(s.id);
                return [
                  <Table.Td key={`${s.id}s`} ta="right" fw={600}>{x?.sat ?? ''}</Table.Td>,
                  <Table.Td key={`${s.id}p`} ta="right" fw={600}>{x?.passed ?? ''}</Table.Td>,
                  <Table.Td key={`${s.id}%`} ta="right" fw={600} data-cell={`cluster|${s.code}|percent`}>
                    {percentText(x?.acPercent)}
                    {x?.change !== null && x?.change !== undefined && <Text size="10px" c={changeColour(x.change)} display="block">{changeText(x.change)}</Text>}
                  </Table.Td>,
                  <Table.Td key={`${s.id}t`} />,
                ];
              })}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollArea>
      <Group gap="xs">
        <Button size="xs" onClick={() => void save()} loading={form.saving} disabled={changed.length === 0} data-testid="results-save">{t('results.save')}</Button>
        {changed.length > 0 && (
          <>
            <Button size="xs" variant="subtle" onClick={() => form.load(form.snapshot)}>{t('results.discard')}</Button>
            <Text size="xs" c="dimmed">{t('results.unsaved', { count: changed.length })}</Text>
          </>
        )}
      </Group>
    </>
  );
}
