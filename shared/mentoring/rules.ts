/** Mentoring schedule arithmetic: the next session, sessions planned so far, overdue pairs. */
import { addDays, daysBetween } from '../plan/calendar-dates';
import type { AssignmentStatus, Schedule } from './types';

/** Days a schedule allows between sessions. */
export const INTERVAL_DAYS: Record<Schedule, number> = { weekly: 7, fortnightly: 14, monthly: 31 };

/** Monthly steps keep the day of the month (31 January → 28 February); the others are fixed days. */
export function nextBySchedule(from: string, schedule: Schedule): string {
  if (schedule !== 'monthly') return addDays(from, INTERVAL_DAYS[schedule]);
  const [y, m, d] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const isOpen = (s: AssignmentStatus) => s === 'proposed' || s === 'appointed' || s === 'active';

/** The agreed next date when one was set at the last session, else the schedule's next date. */
export function suggestNextSession(p: { status: AssignmentStatus; schedule: Schedule; startDate: string | null; lastSession: string | null; agreedNext: string | null }): string | null {
  if (!isOpen(p.status)) return null;
  if (p.agreedNext && (!p.lastSession || p.agreedNext > p.lastSession)) return p.agreedNext;
  if (p.lastSession) return nextBySchedule(p.lastSession, p.schedule);
  return p.startDate;
}

/** Sessions the schedule asks for from the start date up to `until` (inclusive), the first on the start date. */
export function sessionsPlanned(schedule: Schedule, startDate: string | null, until: string): number {
  if (!startDate || daysBetween(startDate, until) < 0) return 0;
  let n = 0;
  for (let d = startDate; d <= until && n < 1000; d = nextBySchedule(d, schedule)) n++;
  return n;
}

/** An active pair is overdue when more days than its schedule allows have passed since the last session (or the start). */
export function isOverdue(p: { status: AssignmentStatus; schedule: Schedule; startDate: string | null; lastSession: string | null }, today: string): boolean {
  if (p.status !== 'active') return false;
  const since = p.lastSession ?? p.startDate;
  return since !== null && daysBetween(since, today) > INTERVAL_DAYS[p.schedule];
}
