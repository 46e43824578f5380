/** Day arithmetic on calendar dates (`YYYY-MM-DD`) through UTC, so no time zone ever shifts a day. */
const toUtc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export const addDays = (date: string, n: number) => fromUtc(toUtc(date) + n * DAY);
export const daysBetween = (from: string, to: string) => Math.round((toUtc(to) - toUtc(from)) / DAY);

/** Exam checkpoints: the default is 150, 100, 50 and 20 days before the exam (STEPS monitoring). */
export const DEFAULT_CHECKPOINT_DAYS = [150, 100, 50, 20] as const;

export function checkpointDates(examDate: string, daysBefore: readonly number[] = DEFAULT_CHECKPOINT_DAYS): { daysBefore: number; date: string }[] {
  return [...new Set(daysBefore)].sort((a, b) => b - a).map((d) => ({ daysBefore: d, date: addDays(examDate, -d) }));
}
