/**
 * Each initiative's success measures, valued from rows already loaded (no database here, so a value can be
 * worked out by hand on a small fixture):
 * - leaders-attending / leaders-presenting: the share of the school leaders of the initiative's target schools
 *   who attended (presented at) at least one occurrence of its events;
 * - schools-attending: the share of its target schools that attended at least one occurrence;
 * - result-change: the cluster's A–C % in the exam type (and subject) this year minus last year;
 * - count: the number entered by hand.
 * Target schools are those named on the initiative, else the schools of its target levels, else every active school.
 */
import type { InitiativeMeasures, MeasureBasis, MeasureKind, MeasureValue } from '../../../shared/attendance/types';
import { acPercent } from '../../../shared/results/percent';

export interface MeasureRows {
  year: number;
  initiatives: { id: number; code: string; name: string; name_en: string; colour: string; version: number; target_levels: string }[];
  measures: {
    id: number;
    initiative_id: number;
    position: number;
    label_ms: string;
    label_en: string;
    kind: string;
    target: number;
    exam_type_id: number | null;
    subject_id: number | null;
    count_value: number | null;
    version: number;
  }[];
  initiativeSchools: { initiative_id: number; school_id: number }[];
  /** Active schools. */
  schools: { id: number; level: string }[];
  /** Active school leaders (people with a school and a leader role). */
  leaders: { id: number; school_id: number }[];
  /** Each person who attended an occurrence of an initiative's events; presented 1 if they presented at any. */
  attendedPeople: { initiative_id: number; person_id: number; presented: number }[];
  attendedSchools: { initiative_id: number; school_id: number }[];
  /** Results of the year and the year before (one row per school, exam type, subject and year). */
  results: { year: number; exam_type_id: number; subject_id: number; sat: number; passed: number }[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const share = (count: number, of: number) => (of === 0 ? null : oneDecimal((count / of) * 100));

/** The cluster's A–C % in an exam type (one subject, or all when none is named) in a year; null when nobody sat. */
export function clusterPercent(results: MeasureRows['results'], year: number, examTypeId: number, subjectId: number | null): number | null {
  let sat = 0;
  let passed = 0;
  for (const r of results) {
    if (r.year !== year || r.exam_type_id !== examTypeId || (subjectId !== null && r.subject_id !== subjectId)) continue;
    sat += r.sat;
    passed += r.passed;
  }
  return acPercent(passed, sat);
}

export function valueMeasures(rows: MeasureRows): InitiativeMeasures[] {
  const levelOf = new Map(rows.schools.map((s) => [s.id, s.level]));
  const named = new Map<number, number[]>();
  for (const l of rows.initiativeSchools) if (levelOf.has(l.school_id)) named.set(l.initiative_id, [...(named.get(l.initiative_id) ?? []), l.school_id]);
  const attendedBy = (initiativeId: number) => rows.attendedPeople.filter((p) => p.initiative_id === initiativeId);

  return rows.initiatives.map((i) => {
    const levels = JSON.parse(i.target_levels || '[]') as string[];
    const targets = new Set(named.get(i.id) ?? (levels.length ? rows.schools.filter((s) => levels.includes(s.level)) : rows.schools).map((s) => s.id));
    const leaders = rows.leaders.filter((l) => targets.has(l.school_id)).map((l) => l.id);
    const attended = attendedBy(i.id);
    const came = new Set(attended.map((p) => p.person_id));
    const presented = new Set(attended.filter((p) => p.presented === 1).map((p) => p.person_id));
    const schoolsCame = new Set(rows.attendedSchools.filter((s) => s.initiative_id === i.id && targets.has(s.school_id)).map((s) => s.school_id));

    const measures = rows.measures
      .filter((m) => m.initiative_id === i.id)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((m): MeasureValue => {
        const kind = m.kind as MeasureKind;
        let value: number | null;
        let basis: MeasureBasis;
        if (kind === 'leaders-attending' || kind === 'leaders-presenting') {
          const set = kind === 'leaders-attending' ? came : presented;
          const count = leaders.filter((id) => set.has(id)).length;
          value = share(count, leaders.length);
          basis = { kind: 'share', unit: 'leaders', count, of: leaders.length };
        } else if (kind === 'schools-attending') {
          value = share(schoolsCame.size, targets.size);
          basis = { kind: 'share', unit: 'schools', count: schoolsCame.size, of: targets.size };
        } else if (kind === 'result-change' && m.exam_type_id !== null) {
          const current = clusterPercent(rows.results, rows.year, m.exam_type_id, m.subject_id);
          const previous = clusterPercent(rows.results, rows.year - 1, m.exam_type_id, m.subject_id);
          value = current === null || previous === null ? null : oneDecimal(current - previous);
          basis = { kind: 'change', year: rows.year, current, previous };
        } else {
          value = m.count_value;
          basis = { kind: 'entered' };
        }
        return {
          id: m.id,
          position: m.position,
          labelMs: m.label_ms,
          labelEn: m.label_en,
          kind,
          target: m.target,
          examTypeId: m.exam_type_id,
          subjectId: m.subject_id,
          countValue: m.count_value,
          version: m.version,
          value,
          met: value === null ? null : value >= m.target,
          basis,
        };
      });
    return { initiativeId: i.id, code: i.code, name: i.name, nameEn: i.name_en, colour: i.colour, version: i.version, measures };
  });
}
