/** Calendar dates are `YYYY-MM-DD` in local time; no time-zone arithmetic on them. */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1–12) of a year, leap years included. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The moment as an ISO timestamp in UTC, for created_at / updated_at / archived_at columns. */
export const nowIso = () => new Date().toISOString();

/** Today's calendar date on this computer's clock, in local time. */
export function todayLocal(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const MONTHS = {
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

export type Language = 'ms' | 'en';

export function monthName(month1to12: number, language: Language): string {
  return MONTHS[language][month1to12 - 1] ?? '';
}

/** "23 November 2026" in either language. */
export function formatLongDate(date: string, language: Language): string {
  const m = DATE_RE.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${monthName(Number(m[2]), language)} ${m[1]}`;
}

/** "15/03/2023": how every date is written on screen, in both languages. Anything that is not a date is shown as given. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const m = DATE_RE.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/**
 * What a user typed into a date field, as `YYYY-MM-DD`, or null while it is not (yet) a whole date.
 * Day first (15/03/2023, 15-3-2023, 15.03.2023), or the stored form 2023-03-15; never month first.
 */
export function parseTypedDate(text: string): string | null {
  const t = text.trim();
  if (isCalendarDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** A month typed as MM/YYYY (03/2023) or in the stored form 2023-03, as `YYYY-MM`; null until it is one. */
export function parseTypedMonth(text: string): string | null {
  const t = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const stored = /^(\d{4})-(\d{2})$/.exec(t);
  const [year, month] = dayFirst ? [dayFirst[2], dayFirst[1]] : stored ? [stored[1], stored[2]] : ['', ''];
  const m = Number(month);
  return year && m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : null;
}

/** A stored moment (ISO timestamp, UTC) as this computer's local "15/03/2023 14:05". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(todayLocal(d))} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A local timestamp `YYYY-MM-DDTHH:mm[:ss]` (backup names) written as `DD/MM/YYYY HH:mm`, 24-hour. */
export function formatDateTime(local: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(local);
  return m ? `${formatDate(m[1])} ${m[2]}:${m[3]}` : local;
}
