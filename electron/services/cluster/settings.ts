/** Key/value settings: the UI language and the office's own numbers (mentor load limit, weekly visit target). */
import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/dates';
import type { DB } from '../../../db/schema';

export async function readSetting(db: Kysely<DB>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function writeSetting(db: Kysely<DB>, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** A whole number above 0 kept under `key`, or `fallback` when none is set. */
export async function getCount(db: Kysely<DB>, key: string, fallback: number): Promise<number> {
  const n = Number(await readSetting(db, key));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export const setCount = (db: Kysely<DB>, key: string, value: number) => writeSetting(db, key, String(value));

export async function getLanguage(db: Kysely<DB>): Promise<Language> {
  return (await readSetting(db, 'language')) === 'en' ? 'en' : 'ms';
}

export async function setLanguage(db: Kysely<DB>, language: Language): Promise<{ language: Language }> {
  await writeSetting(db, 'language', language);
  return { language };
}
