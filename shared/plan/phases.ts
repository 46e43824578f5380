/** Rules for phases (Gantt bars): inside the window, not ending before they start, no overlap within a lane. */
import { bi } from '../errors';
import { columnOf, isPlanMonth, monthOrdinal, windowEnd, type PlanWindow } from './months';

export interface PhaseSpan {
  id?: number;
  name: string;
  start: string;
  end: string;
}

export interface PhaseProblem {
  field: 'start' | 'end';
  message: string;
}

/** Everything wrong with one phase on its own, at most one problem a field (start, end). */
export function phaseProblems(p: PhaseSpan, w: PlanWindow): PhaseProblem[] {
  const problems: PhaseProblem[] = [];
  if (!isPlanMonth(p.start)) problems.push({ field: 'start', message: bi('Choose a start month', 'Pilih bulan mula') });
  if (!isPlanMonth(p.end)) problems.push({ field: 'end', message: bi('Choose an end month', 'Pilih bulan tamat') });
  if (problems.length > 0) return problems;
  const last = windowEnd(w);
  if (columnOf(w, p.start) < 0) problems.push({ field: 'start', message: bi(`"${p.name}" starts outside the plan (${w.start} to ${last})`, `"${p.name}" bermula di luar pelan (${w.start} hingga ${last})`) });
  if (monthOrdinal(p.end) < monthOrdinal(p.start)) {
    problems.push({ field: 'end', message: bi(`"${p.name}" ends before it starts`, `"${p.name}" tamat sebelum bermula`) });
  } else if (columnOf(w, p.end) < 0) {
    problems.push({ field: 'end', message: bi(`"${p.name}" ends outside the plan (${w.start} to ${last})`, `"${p.name}" tamat di luar pelan (${w.start} hingga ${last})`) });
  }
  return problems;
}

/** The first thing wrong with one phase on its own, or null. */
export function phaseProblem(p: PhaseSpan, w: PlanWindow): PhaseProblem | null {
  return phaseProblems(p, w)[0] ?? null;
}

export const overlaps = (a: PhaseSpan, b: PhaseSpan) =>
  monthOrdinal(a.start) <= monthOrdinal(b.end) && monthOrdinal(b.start) <= monthOrdinal(a.end);

/** The first pair of phases in one lane that share a month, or null. Several bars in a row may not overlap. */
export function laneOverlap(phases: PhaseSpan[]): [PhaseSpan, PhaseSpan] | null {
  const sorted = [...phases].sort((a, b) => monthOrdinal(a.start) - monthOrdinal(b.start));
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1] as PhaseSpan, sorted[i] as PhaseSpan];
    if (overlaps(prev, cur)) return [prev, cur];
  }
  return null;
}

export const overlapMessage = ([a, b]: [PhaseSpan, PhaseSpan]) =>
  bi(`"${b.name}" overlaps "${a.name}" in the same lane; move one of them or put it in another lane`, `"${b.name}" bertindih dengan "${a.name}" dalam lorong yang sama; alihkan salah satu atau letakkan di lorong lain`);
