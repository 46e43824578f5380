/**
 * Every statement behind `search.query` reads the events and visits through an index: `EXPLAIN QUERY PLAN` of
 * the SQL the service really runs, captured from Kysely's log, shows no full SCAN of either table (the events'
 * full-text index is a virtual table and is what the search reads instead), so ten years of them cost no more
 * than the results asked for. The schools, people, plan and register are small and read whole.
 */
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../electron/services/search/search';
import type { SearchAnswer } from '../../shared/search/types';
import type { ListEntry } from '../../shared/visits/types';
import { demoWithLog } from '../helpers/query-plans';

const BIG_TABLES = ['events', 'visits'];

/** The demo with a visit and an event at Mentiri on 15 March 2023, its statements logged with their plans. */
const demoWithMentiri = () =>
  demoWithLog(async ({ ctx, call }) => {
    const team = await call<{ id: number }[]>('team.list');
    const [purpose] = await call<ListEntry[]>('visits.purposes');
    const school = (await ctx.db().selectFrom('schools').select('id').where('name', '=', 'Sekolah Rendah Mentiri').executeTakeFirstOrThrow()).id;
    await call('visits.create', { schoolId: school, date: '2023-03-15', purposeId: purpose?.id, status: 'done', officerIds: [team[0]?.id] });
    await call('events.create', { title: 'Bengkel PLC Mentiri', startDate: '2023-03-15', endDate: '2023-03-15' });
  });

/** The plan lines that read a whole table of events or visits (by its alias or its name). */
function fullScans(p: { sql: string; plan: string[] }[]): string[] {
  return p.flatMap((s) => {
    const aliases = new Map([...s.sql.matchAll(/"(\w+)" as "(\w+)"/g)].map((m) => [m[2] as string, m[1] as string]));
    return s.plan
      .filter((line) => {
        const m = /^SCAN (\w+)\b(?! VIRTUAL TABLE)/.exec(line);
        return m ? BIG_TABLES.includes(aliases.get(m[1] as string) ?? (m[1] as string)) : false;
      })
      .map((line) => `${line} in ${s.sql}`);
  });
}

describe('search.query reads events and visits through indexes', () => {
  it('finds a full scan when a statement has one, so the check below can fail', async () => {
    const { db, raw, plans } = await demoWithMentiri();
    try {
      await db.selectFrom('events').select('id').where('title', 'like', '%mentiri%').execute();
      await db.selectFrom('visits as v').select('v.id').where('v.findings', '=', 'x').execute();
      expect(fullScans(plans())).toHaveLength(2);
    } finally {
      await db.destroy();
      raw.close();
    }
  });

  it('for words, a school with a date, a date alone, a year and the words that match nothing', async () => {
    const { db, raw, plans } = await demoWithMentiri();
    try {
      const answers: SearchAnswer[] = [];
      for (const text of ['mentiri', 'MÉNTIRI bengkel', 'sr mentiri 15/03/2023', 'mentiri 03/2023', '15/03/2023', 'epic 2023', 'sekolah', 'KL/SEK', 'zzqx']) {
        answers.push(await searchQuery(db, { text, limit: 5 }));
      }
      const run = plans();
      // Every kind of read ran: the events' index with and without a date, the series, visits by school and by date.
      expect(run.some((s) => /events_search/.test(s.sql) && s.plan.some((l) => /VIRTUAL TABLE/.test(l)))).toBe(true);
      expect(run.some((s) => s.plan.some((l) => /events_series_by_until/.test(l)))).toBe(true);
      expect(run.some((s) => s.plan.some((l) => /visits_school_date/.test(l)))).toBe(true);
      expect(run.some((s) => s.plan.some((l) => /visits_date/.test(l)))).toBe(true);
      expect(answers[2]?.results.filter((r) => r.kind === 'visit')).toHaveLength(1);
      expect(fullScans(run)).toEqual([]);
    } finally {
      await db.destroy();
      raw.close();
    }
  });
});
