/**
 * Every statement behind `events.list` (and behind the month's event list document, which shares its event
 * reading) finds its rows through an index: `EXPLAIN QUERY PLAN` of the SQL the services really run, captured
 * from Kysely's log, shows no full SCAN of any table, so ten years of events, visits, their links and mentoring
 * sessions cost no more than the range asked for.
 */
import { describe, expect, it } from 'vitest';
import { loadEventListModel } from '../../electron/services/calendar/event-list-model';
import { listOccurrences } from '../../electron/services/calendar/occurrences';
import { demoWithLog } from '../helpers/query-plans';

/** Full scans of the tables that grow with the years (not of the schools or the team, a few dozen rows). */
const scans = (p: { sql: string; plan: string[] }[]) =>
  p.flatMap((s) => s.plan.filter((line) => /^SCAN /.test(line) && !/^SCAN (schools|people)\b/.test(line)).map((line) => `${line} in ${s.sql}`));

describe('the calendar reads through indexes', () => {
  it('events.list: a month, a year, with filters', async () => {
    const { db, raw, plans } = await demoWithLog();
    try {
      for (const q of [
        { from: '2023-02-27', to: '2023-04-09', schoolIds: [], personIds: [], initiativeIds: [] },
        { from: '2023-01-01', to: '2023-12-31', schoolIds: [3], personIds: [2], initiativeIds: [1] },
        { from: '2022-12-01', to: '2024-01-31', schoolIds: [], personIds: [], initiativeIds: [] },
      ]) {
        await listOccurrences(db, q);
        const p = plans();
        // The statements are the real ones: events, their schools, people, skipped and edited dates, visits and
        // their officers, mentoring pairs and sessions are all read.
        const sql = p.map((s) => s.sql).join('\n');
        for (const table of ['"events"', '"event_schools"', '"event_people"', '"event_skips"', '"visits"', '"visit_officers"', '"mentoring_assignments"', '"mentoring_sessions"', '"exams"', '"calendar_periods"']) {
          expect(sql).toContain(table);
        }
        expect(scans(p)).toEqual([]);
        // The events of the range are found from both ends: by start date and by the date a series repeats until.
        const events = p.find((s) => /^select "e"\."id", "e"\."title"/.test(s.sql));
        expect(events?.plan.join('\n')).toMatch(/events_dates \(start_date>\? AND start_date<\?\)/);
        expect(events?.plan.join('\n')).toMatch(/events_series_by_until \(repeat_until>\?\)/);
      }
    } finally {
      await db.destroy();
      raw.close();
    }
  });

  it('the event list document: a month', async () => {
    const { db, raw, plans } = await demoWithLog();
    try {
      await loadEventListModel(db, '2023-03-01', '2023-03-31', 'ms', '2024-03-01');
      const p = plans();
      expect(p.map((s) => s.sql).join('\n')).toContain('"event_schools"');
      expect(scans(p)).toEqual([]);
    } finally {
      await db.destroy();
      raw.close();
    }
  });
});
