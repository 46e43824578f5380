/** The app's Kysely driver keeps prepared statements by SQL text; transactions, errors and the write gate still hold. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql, type Generated } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppSqliteDialect, StatementCache } from '../../db/driver';
import { tempDir } from '../helpers/tmp';

interface T {
  items: { id: Generated<number>; name: string };
}

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

function database(gate?: () => Promise<void> | undefined) {
  const sqlite = new Database(path.join(tempDir(), 'cache.sqlite'));
  sqlite.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
  const prepare = vi.spyOn(sqlite, 'prepare');
  const db = new Kysely<T>({ dialect: new AppSqliteDialect(sqlite, gate) });
  open.push({ close: () => db.destroy() });
  return { sqlite, db, prepare };
}

describe('the statement cache', () => {
  it('prepares the same SQL once and runs it on one statement', async () => {
    const { db, prepare } = database();
    for (let i = 0; i < 5; i++) await db.insertInto('items').values({ name: `n${i}` }).execute();
    for (let i = 0; i < 5; i++) expect(await db.selectFrom('items').select('name').where('id', '=', i + 1).executeTakeFirst()).toEqual({ name: `n${i}` });
    expect(prepare).toHaveBeenCalledTimes(2);
    const statements = prepare.mock.results.map((r) => r.value as Database.Statement);
    expect(new Set(statements).size).toBe(2);
  });

  it('keeps at most its size, dropping the oldest prepared', () => {
    const sqlite = new Database(':memory:');
    open.push(sqlite);
    const cache = new StatementCache(sqlite, 3);
    const a = cache.get('SELECT 1');
    const b = cache.get('SELECT 2');
    cache.get('SELECT 3');
    expect(cache.get('SELECT 1')).toBe(a);
    expect(cache.prepared).toBe(3);
    cache.get('SELECT 4');
    expect(cache.length).toBe(3);
    expect(cache.prepared).toBe(4);
    // SELECT 1 was the oldest prepared: prepared again; SELECT 2 was kept.
    expect(cache.get('SELECT 2')).toBe(b);
    expect(cache.get('SELECT 1')).not.toBe(a);
    expect(cache.prepared).toBe(5);
  });

  it('rolls a failed transaction back, and the statements work afterwards', async () => {
    const { db, sqlite } = database();
    await db.insertInto('items').values({ name: 'a' }).execute();
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'b' }).execute();
      await trx.insertInto('items').values({ name: 'a' }).execute();
    });
    await expect(failing).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(sqlite.inTransaction).toBe(false);
    expect(await db.selectFrom('items').select('name').orderBy('name').execute()).toEqual([{ name: 'a' }]);
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ name: 'b' }).execute();
      await sql`SAVEPOINT inner_step`.execute(trx);
      await trx.insertInto('items').values({ name: 'c' }).execute();
      await sql`ROLLBACK TO inner_step`.execute(trx);
    });
    expect(await db.selectFrom('items').select('name').orderBy('name').execute()).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('holds writes at the gate without holding reads, and refuses them when the gate refuses', async () => {
    let release: () => void = () => undefined;
    let refuse: (e: Error) => void = () => undefined;
    let held: Promise<void> | undefined = new Promise<void>((res, rej) => ((release = res), (refuse = rej)));
    const { db } = database(() => held);
    const order: string[] = [];
    const write = db.insertInto('items').values({ name: 'held' }).execute().then(() => order.push('write'));
    const trx = db.transaction().execute(async (t) => {
      await t.insertInto('items').values({ name: 'in a transaction' }).execute();
    }).then(() => order.push('transaction'));
    expect(await db.selectFrom('items').selectAll().execute()).toEqual([]);
    order.push('read');
    held = undefined;
    release();
    await Promise.all([write, trx]);
    expect(order[0]).toBe('read');
    expect((await db.selectFrom('items').select('name').orderBy('name').execute()).map((r) => r.name)).toEqual(['held', 'in a transaction']);

    held = new Promise<void>((res, rej) => ((release = res), (refuse = rej)));
    held.catch(() => undefined);
    const refused = db.insertInto('items').values({ name: 'refused' }).execute();
    refuse(new Error('The data file is damaged.'));
    await expect(refused).rejects.toThrow('The data file is damaged.');
    expect(await db.selectFrom('items').select('name').where('name', '=', 'refused').execute()).toEqual([]);
  });
});
