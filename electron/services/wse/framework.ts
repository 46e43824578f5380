/**
 * The WSE framework the office keeps: domains and their aspects, each with the cluster's terms of reference,
 * scope of work and monitoring mechanism in both languages. Aspects are archived, not deleted, once anything
 * refers to them, so tags, ratings and criterion mappings keep their meaning.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { nowIso } from '../../../shared/dates';
import { AppError, FieldErrors, bi, notFound } from '../../../shared/errors';
import type { AspectInput } from '../../../shared/wse/api';
import { compareCodes, type WseAspect, type WseDomain } from '../../../shared/wse/types';
import { updateVersioned } from '../versions';

type Db = Kysely<DB>;

const toAspect = (r: {
  id: number;
  domain_id: number;
  code: string;
  name_ms: string;
  name_en: string;
  terms_ms: string;
  terms_en: string;
  scope_ms: string;
  scope_en: string;
  monitoring_ms: string;
  monitoring_en: string;
  archived_at: string | null;
  version: number;
}): WseAspect => ({
  id: r.id,
  domainId: r.domain_id,
  code: r.code,
  nameMs: r.name_ms,
  nameEn: r.name_en,
  termsMs: r.terms_ms,
  termsEn: r.terms_en,
  scopeMs: r.scope_ms,
  scopeEn: r.scope_en,
  monitoringMs: r.monitoring_ms,
  monitoringEn: r.monitoring_en,
  archived: r.archived_at !== null,
  version: r.version,
});

/** Domains by number, each with its aspects in code order: two reads. */
export async function readFramework(db: Db): Promise<WseDomain[]> {
  const [domains, aspects] = await Promise.all([
    db.selectFrom('wse_domains').selectAll().orderBy('number').execute(),
    db.selectFrom('wse_aspects').selectAll().execute(),
  ]);
  const sorted = aspects.map(toAspect).sort((a, b) => compareCodes(a.code, b.code));
  return domains.map((d) => ({ id: d.id, number: d.number, nameMs: d.name_ms, nameEn: d.name_en, version: d.version, aspects: sorted.filter((a) => a.domainId === d.id) }));
}

export async function getAspect(db: Db, id: number): Promise<WseAspect> {
  const row = await db.selectFrom('wse_aspects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(['Aspect', 'Aspek'], id);
  return toAspect(row);
}

/** Adds an aspect (no id) or changes one at the version it was read; its code is unique and starts with its domain's number. */
export async function saveAspect(db: Db, input: AspectInput): Promise<WseAspect> {
  const id = await db.transaction().execute(async (trx) => {
    const problems = new FieldErrors();
    const domain = await trx.selectFrom('wse_domains').select(['id', 'number']).where('id', '=', input.domainId).executeTakeFirst();
    if (!domain) problems.add('domainId', bi('Choose a domain of the framework.', 'Pilih domain daripada rangka kerja.'));
    else if (Number(input.code.split('.')[0]) !== domain.number) {
      problems.add('code', bi(`An aspect of domain ${domain.number} has a code starting ${domain.number}. (e.g. ${domain.number}.1.1)`, `Aspek domain ${domain.number} mempunyai kod bermula ${domain.number}. (cth. ${domain.number}.1.1)`));
    }
    let clash = trx.selectFrom('wse_aspects').select(['id', 'name_ms']).where('code', '=', input.code);
    if (input.id !== undefined) clash = clash.where('id', '!=', input.id);
    const taken = await clash.executeTakeFirst();
    if (taken) problems.add('code', bi(`The code ${input.code} is already used by ${taken.name_ms}.`, `Kod ${input.code} sudah digunakan oleh ${taken.name_ms}.`));
    problems.throwIfAny();
    const values = {
      domain_id: input.domainId,
      code: input.code,
      name_ms: input.nameMs,
      name_en: input.nameEn,
      terms_ms: input.termsMs,
      terms_en: input.termsEn,
      scope_ms: input.scopeMs,
      scope_en: input.scopeEn,
      monitoring_ms: input.monitoringMs,
      monitoring_en: input.monitoringEn,
    };
    if (input.id !== undefined) {
      // The contract requires a version with every id; 0 never matches one.
      await updateVersioned(trx, 'wse_aspects', input.id, input.version ?? 0, values, ['Aspect', 'Aspek']);
      return input.id;
    }
    const max = await trx.selectFrom('wse_aspects').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    return (await trx.insertInto('wse_aspects').values({ ...values, position: Number(max?.p ?? -1) + 1 }).returning('id').executeTakeFirstOrThrow()).id;
  });
  return getAspect(db, id);
}

/** Archiving is not part of the aspect's form, so it leaves the version as it is; its tags stay. */
export async function setAspectArchived(db: Db, id: number, archived: boolean): Promise<WseAspect> {
  const res = await db.updateTable('wse_aspects').set({ archived_at: archived ? nowIso() : null }).where('id', '=', id).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound(['Aspect', 'Aspek'], id);
  return getAspect(db, id);
}

/** What refers to an aspect, counted: anything at all and the aspect may only be archived. */
async function usesOf(db: Db, id: number) {
  const count = (table: 'visit_aspects' | 'observation_aspects' | 'next_step_aspects' | 'wse_aspect_ratings' | 'rubric_criteria' | 'sip_priority_aspects') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('aspect_id', '=', id)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const [visits, observations, steps, ratings, criteria, priorities] = await Promise.all([
    count('visit_aspects'),
    count('observation_aspects'),
    count('next_step_aspects'),
    count('wse_aspect_ratings'),
    count('rubric_criteria'),
    count('sip_priority_aspects'),
  ]);
  return { tags: visits + observations + steps, ratings, criteria, priorities };
}

export async function deleteAspect(db: Db, id: number): Promise<{ id: number }> {
  await db.transaction().execute(async (trx) => {
    const aspect = await getAspect(trx, id);
    const u = await usesOf(trx, id);
    if (u.tags + u.ratings + u.criteria + u.priorities > 0) {
      throw new AppError(
        'CONFLICT',
        bi(
          `${aspect.code} is used by ${u.tags} tag(s) on visits, observations and next steps, ${u.ratings} rating(s), ${u.criteria} observation criteria and ${u.priorities} SIP priorities; archive it instead, which keeps them.`,
          `${aspect.code} digunakan oleh ${u.tags} tag pada lawatan, pencerapan dan langkah seterusnya, ${u.ratings} penilaian, ${u.criteria} kriteria pencerapan dan ${u.priorities} keutamaan SIP; arkibkan sahaja, yang mengekalkannya.`,
        ),
      );
    }
    await trx.deleteFrom('wse_aspects').where('id', '=', id).execute();
  });
  return { id };
}

/** Renames a domain at the version it was read; its number stays. */
export async function saveDomain(db: Db, input: { id: number; version: number; nameMs: string; nameEn: string }): Promise<WseDomain> {
  await db.transaction().execute((trx) => updateVersioned(trx, 'wse_domains', input.id, input.version, { name_ms: input.nameMs, name_en: input.nameEn }, ['Domain', 'Domain']));
  const domain = (await readFramework(db)).find((d) => d.id === input.id);
  if (!domain) throw notFound(['Domain', 'Domain'], input.id);
  return domain;
}
