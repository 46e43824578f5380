/** The years each page with a year picker offers, and the year it opens on. */
export const YEAR_PAGES = ['plan', 'calendar', 'visits', 'mentoring'] as const;
export type YearPage = (typeof YEAR_PAGES)[number];

/**
 * For each page, ascending: every year that has data, plus the current year. `opening` is the year each page
 * opens on: the current year if it has data, else the latest year that has (the current year when none has).
 */
export type DataYears = Record<YearPage, number[]> & { current: number; opening: Record<YearPage, number> };

/** The picker's list and opening year from the years that have data. */
export function offeredYears(withData: readonly number[], current: number): { years: number[]; opening: number } {
  const years = [...new Set([...withData, current])].sort((a, b) => a - b);
  const opening = withData.includes(current) ? current : (withData.length > 0 ? Math.max(...withData) : current);
  return { years, opening };
}
