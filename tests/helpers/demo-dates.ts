/**
 * The demo's terms, holidays and exams of 2023 are illustrative; a test that enters its own calendar first
 * removes them through the API, as an office replacing the demo's dates with its own would.
 */
import type { CalendarPeriod, Exam } from '../../shared/plan/types';

type Call = <T = unknown>(method: string, input?: unknown) => Promise<T>;

export async function replaceDemoDates(call: Call, year = 2023): Promise<void> {
  for (const p of await call<CalendarPeriod[]>('periods.list', { year })) if (p.name.endsWith('(demo)')) await call('periods.delete', { id: p.id });
  for (const x of await call<Exam[]>('exams.list', { year })) if (x.name.endsWith('(demo)')) await call('exams.delete', { id: x.id, withReviews: true });
}
