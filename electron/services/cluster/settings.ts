import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/dates';
import type { DB } from '../../../db/schema';

export async function getLanguage(db: Kysely<DB>): Promise<Language> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'language').executeTakeFirst();
  return row?.value === 'en' ? 'en' : 'ms';
}

export async function setLanguage(db: Kysely<DB>, language: Language): Promise<{ language: Language }> {
  await db
    .insertInto('settings')
    .values({ key: 'language', value: language })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: language }))
    .execute();
  return { language };
}
