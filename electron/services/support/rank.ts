/**
 * The ranking's rules over facts already read: each school's need out of 100 (NEED_WEIGHTS), its group by
 * context and results, and a partner for each school with lower results. Pure, so a fixture can be worked out
 * by hand.
 */
import type { SchoolLevel } from '../../../shared/domain';
import {
  FULL_GAP,
  FULL_OVERDUE,
  FULL_VISIT_DAYS,
  NEED_WEIGHTS,
  type NeedParts,
  type SupportGroup,
  type SupportRow,
} from '../../../shared/support/types';

export type SchoolFacts = Omit<SupportRow, 'need' | 'parts' | 'higherResults' | 'group' | 'partner'>;

const CHECKPOINT_SHARE = { 'on-track': 0, 'at-risk': 0.5, 'off-track': 1 } as const;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** How much each part adds: a weaker band, a larger gap, a worse checkpoint, a longer wait, more overdue. */
export function needParts(f: SchoolFacts): NeedParts {
  const w = NEED_WEIGHTS;
  return {
    band: f.band === null ? 0 : round1(((f.band - 1) / 4) * w.band),
    results: f.targetGap === null ? 0 : round1((Math.min(Math.max(f.targetGap, 0), FULL_GAP) / FULL_GAP) * w.results),
    checkpoint: f.checkpoint === null ? 0 : CHECKPOINT_SHARE[f.checkpoint.status] * w.checkpoint,
    // A school never visited waits the longest.
    visit: round1((Math.min(f.daysSinceVisit ?? FULL_VISIT_DAYS, FULL_VISIT_DAYS) / FULL_VISIT_DAYS) * w.visit),
    steps: round1((Math.min(f.overdueSteps, FULL_OVERDUE) / FULL_OVERDUE) * w.steps),
  };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function groupOf(context: SchoolFacts['context'], higher: boolean | null): SupportGroup | null {
  if (context === null || higher === null) return null;
  return context === 'challenging' ? (higher ? 2 : 1) : higher ? 4 : 3;
}

/**
 * Ranks the schools, most in need first (then by number). Results count as higher at or above the median of
 * the schools of the same level, since a PSR percentage and an O Level one do not compare. A school of group 1
 * or 3 gets a partner of the same context and level in group 2 or 4 (seed 003: pair with a stronger school of
 * similar context, never across the gap); partners are shared out so none takes more than its share, the
 * neediest school choosing first and taking the strongest partner still free.
 */
export function rankSchools(facts: SchoolFacts[]): { rows: SupportRow[]; medians: Partial<Record<SchoolLevel, number>> } {
  const medians: Partial<Record<SchoolLevel, number>> = {};
  for (const level of new Set(facts.map((f) => f.level))) {
    const m = median(facts.flatMap((f) => (f.level === level && f.acPercent !== null ? [f.acPercent] : [])));
    if (m !== null) medians[level] = m;
  }
  const rows: SupportRow[] = facts.map((f) => {
    const parts = needParts(f);
    const m = medians[f.level];
    const higherResults = f.acPercent === null || m === undefined ? null : f.acPercent >= m;
    return { ...f, parts, need: round1(parts.band + parts.results + parts.checkpoint + parts.visit + parts.steps), higherResults, group: groupOf(f.context, higherResults), partner: null };
  });
  rows.sort((a, b) => b.need - a.need || a.number - b.number);

  const taken = new Map<number, number>();
  for (const row of rows) {
    if (row.group !== 1 && row.group !== 3) continue;
    const partnerGroup = row.group + 1;
    const candidates = rows.filter((r) => r.group === partnerGroup && r.level === row.level);
    if (candidates.length === 0) continue;
    const seekers = rows.filter((r) => r.group === row.group && r.level === row.level).length;
    const share = Math.ceil(seekers / candidates.length);
    const free = candidates.filter((c) => (taken.get(c.schoolId) ?? 0) < share).sort((a, b) => b.acPercent! - a.acPercent! || a.number - b.number);
    const chosen = free[0];
    if (!chosen) continue;
    taken.set(chosen.schoolId, (taken.get(chosen.schoolId) ?? 0) + 1);
    row.partner = { schoolId: chosen.schoolId, name: chosen.name, abbreviation: chosen.abbreviation, acPercent: chosen.acPercent! };
  }
  return { rows, medians };
}
