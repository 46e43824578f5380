/**
 * The WSE reads, captured as Kysely runs them and asked for their EXPLAIN QUERY PLAN on the migrated demo file:
 * a school's band history and ratings, the roster band's rule, and a visit's aspect tags read no whole table of
 * bands, ratings, tags, visits, observations or next steps.
 */
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema';
import { listBands, syncRosterBand } from '../../electron/services/wse/bands';
import { getRatings } from '../../electron/services/wse/ratings';
import { readVisitTags } from '../../electron/services/wse/tags';
import { getVisit } from '../../electron/services/visits/read';
import type { SchoolSummary } from '../../shared/domain';
import type { VisitSummary } from '../../shared/visits/types';
import type { WseDomain } from '../../shared/wse/types';
import { capturing, scansOf } from '../helpers/query-plans';
import { openApp } from '../helpers/tmp';

const BIG_TABLES = ['wse_bands', 'wse_aspect_ratings', 'visit_aspects', 'observation_aspects', 'next_step_aspects', 'visits', 'observations', 'next_steps'];

describe('query plans of the WSE reads', () => {
  it('finds a full scan when a statement has one, so the check below can fail', async () => {
    const { ctx } = await openApp();
    const { db, statements } = capturing(ctx.db());
    await db.selectFrom('wse_bands').select('id').where('note', '=', 'x').execute();
    expect(await scansOf(ctx.db(), statements, BIG_TABLES)).toHaveLength(1);
  });

  it('reads no whole table of bands, ratings, tags, visits, observations or next steps', async () => {
    const { ctx, call } = await openApp();
    await call('demo.load');
    const school = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items.find((s) => s.abbreviation === 'SR TJ') as SchoolSummary;
    const aspects = (await call<WseDomain[]>('wse.aspects')).flatMap((d) => d.aspects);
    const visits = await call<VisitSummary[]>('visits.list', { from: '2023-01-01', to: '2023-12-31' });
    const ids = visits.map((v) => v.id);
    const first = visits[0] as VisitSummary;
    await call('wse.saveRatings', { schoolId: school.id, year: 2023, ratings: aspects.slice(0, 5).map((a) => ({ aspectId: a.id, rating: 3 })) });
    const reads: [string, (db: Kysely<DB>) => Promise<unknown>][] = [
      ['wse.bands', (db) => listBands(db, school.id)],
      ['the roster band', (db) => syncRosterBand(db, school.id)],
      ['wse.ratings', (db) => getRatings(db, school.id, 2023)],
      ['tags of a term of visits', (db) => readVisitTags(db, ids)],
      ['visits.get', (db) => getVisit(db, first.id)],
    ];
    for (const [name, read] of reads) {
      const { db, statements } = capturing(ctx.db());
      await read(db);
      expect(statements.length, name).toBeGreaterThan(0);
      expect(await scansOf(ctx.db(), statements, BIG_TABLES), name).toEqual([]);
    }
  });
});
