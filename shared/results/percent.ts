/** The A–C percentage, the one rule for it everywhere (results, targets, measures, documents, ranking). */

/** Share of those who sat reaching A–C, in percent to one decimal; null when nobody sat. */
export function acPercent(passed: number, sat: number): number | null {
  if (sat <= 0) return null;
  return Math.round((passed / sat) * 1000) / 10;
}
