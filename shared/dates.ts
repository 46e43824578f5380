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

/** A local timestamp `YYYY-MM-DDTHH:mm[:ss]` written as people here read it: `DD/MM/YYYY HH:mm`, 24-hour. */
export function formatDateTime(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : local;
}
