/**
 * Long read-only calls (a year of the calendar, the follow-up) are answered in the query thread, on a
 * read-only connection of its own: the main thread answers meanwhile, and each call sees every change
 * committed before it, on whichever file is open now.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/data-dir';
import type { Occurrence } from '../../shared/plan/types';
import { openApp } from '../helpers/tmp';

/** `count` one-day events in 2025, written straight into the file. */
function manyEvents(dataDir: string, count: number): void {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  try {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO events (title, start_date, end_date, place, notes)
       SELECT 'Mesyuarat ' || i, date('2025-01-01', '+' || (i % 365) || ' days'), date('2025-01-01', '+' || (i % 365) || ' days'), 'Bilik ' || (i % 7), '' FROM n`,
    ).run(count - 1);
  } finally {
    db.close();
  }
}

type Listed = { occurrences: Occurrence[] };
const titles = (listed: Listed) => listed.occurrences.filter((o) => o.kind === 'event').map((o) => o.title);

describe('the query thread', () => {
  it('reads a year of the calendar while app.status answers beside it', async () => {
    const { dispatch, dataDir } = await openApp();
    manyEvents(dataDir, 20_000);
    const order: string[] = [];
    let done = false;
    const year = dispatch('events.list', { from: '2025-01-01', to: '2025-12-31' }).then((r) => {
      order.push('events');
      done = true;
      return r;
    });
    // Each status is asked for on a later turn of the event loop: had the year been read on the main
    // thread, its reading (synchronous SQLite and promise steps) would have finished before that turn came.
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) break;
      const r = await dispatch('app.status', {});
      expect(r.ok).toBe(true);
      order.push('status');
    }
    const r = await year;
    expect(r.ok).toBe(true);
    expect(titles(r.ok ? (r.value as Listed) : { occurrences: [] })).toHaveLength(20_000);
    expect(order[0]).toBe('status');
    expect(order.at(-1)).toBe('events');
  });

  it('sees each change committed before the call, and after a restore reads the restored file', async () => {
    const { call } = await openApp();
    // A quarter: longer than a month grid, so read in the query thread.
    const list = async () => titles(await call<Listed>('events.list', { from: '2025-03-01', to: '2025-05-31' }));
    await call('events.create', { title: 'Bengkel PD', startDate: '2025-03-10', endDate: '2025-03-10', allDay: true, schoolIds: [], officerIds: [] });
    expect(await list()).toEqual(['Bengkel PD']);
    const backup = await call<{ name: string }>('backups.create');
    await call('events.create', { title: 'Mesyuarat Pengetua', startDate: '2025-03-12', endDate: '2025-03-12', allDay: true, schoolIds: [], officerIds: [] });
    expect(await list()).toEqual(['Bengkel PD', 'Mesyuarat Pengetua']);
    await call('backups.restore', { name: backup.name });
    expect(await list()).toEqual(['Bengkel PD']);
  });
});
