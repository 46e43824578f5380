/**
 * Aspect tags: which WSE aspects a visit, a lesson observation or a next step serves, and the aspect each
 * lesson-observation criterion maps to. Tags are replaced inside the save's own transaction; an archived
 * aspect stays on what it already tags but is not given to anything new.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { bi, notFound, validationError } from '../../../shared/errors';
import type { CriterionAspect } from '../../../shared/wse/types';

type Db = Kysely<DB>;
const OWNER = { visit_aspects: 'visit_id', observation_aspects: 'observation_id', next_step_aspects: 'next_step_id' } as const;
export type TagTable = keyof typeof OWNER;

/** Replaces the aspects of one visit, observation or next step; `field` is where a bad one is reported. */
export async function replaceTags(trx: Db, table: TagTable, ownerId: number, aspectIds: readonly number[], field: string): Promise<void> {
  const owner = OWNER[table];
  const had = new Set(
    (await sql<{ aspect_id: number }>`SELECT aspect_id FROM ${sql.table(table)} WHERE ${sql.ref(owner)} = ${ownerId}`.execute(trx)).rows.map((r) => r.aspect_id),
  );
  const wanted = [...new Set(aspectIds)];
  const fresh = wanted.filter((a) => !had.has(a));
  if (fresh.length) {
    const usable = await trx.selectFrom('wse_aspects').select('id').where('id', 'in', fresh).where('archived_at', 'is', null).execute();
    if (usable.length !== fresh.length) throw validationError(field, bi('Choose aspects of the WSE framework in use.', 'Pilih aspek rangka kerja WSE yang digunakan.'));
  }
  const gone = [...had].filter((a) => !wanted.includes(a));
  if (gone.length) await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(owner)} = ${ownerId} AND aspect_id IN (${sql.join(gone)})`.execute(trx);
  for (const a of fresh) await sql`INSERT INTO ${sql.table(table)} (${sql.ref(owner)}, aspect_id) VALUES (${ownerId}, ${a})`.execute(trx);
}

export interface VisitTags {
  visits: Map<number, number[]>;
  observations: Map<number, number[]>;
  steps: Map<number, number[]>;
}

const group = (rows: { owner: number; aspect_id: number }[]) => {
  const m = new Map<number, number[]>();
  for (const r of rows) {
    const list = m.get(r.owner);
    if (list) list.push(r.aspect_id);
    else m.set(r.owner, [r.aspect_id]);
  }
  return m;
};

/** The tags of some visits, their observations and their next steps: three reads whatever their number. */
export async function readVisitTags(db: Db, visitIds: readonly number[]): Promise<VisitTags> {
  if (visitIds.length === 0) return { visits: new Map(), observations: new Map(), steps: new Map() };
  const ids = [...visitIds];
  const [visits, observations, steps] = await Promise.all([
    db.selectFrom('visit_aspects').select(['visit_id as owner', 'aspect_id']).where('visit_id', 'in', ids).orderBy('visit_id').orderBy('aspect_id').execute(),
    db
      .selectFrom('observation_aspects as t')
      .innerJoin('observations as o', 'o.id', 't.observation_id')
      .select(['t.observation_id as owner', 't.aspect_id'])
      .where('o.visit_id', 'in', ids)
      .orderBy('t.observation_id')
      .orderBy('t.aspect_id')
      .execute(),
    db
      .selectFrom('next_step_aspects as t')
      .innerJoin('next_steps as n', 'n.id', 't.next_step_id')
      .select(['t.next_step_id as owner', 't.aspect_id'])
      .where('n.visit_id', 'in', ids)
      .orderBy('t.next_step_id')
      .orderBy('t.aspect_id')
      .execute(),
  ]);
  return { visits: group(visits), observations: group(observations), steps: group(steps) };
}

export async function listCriterionAspects(db: Db): Promise<CriterionAspect[]> {
  const rows = await db.selectFrom('rubric_criteria').select(['id', 'aspect_id']).orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({ criterionId: r.id, aspectId: r.aspect_id }));
}

/** Maps a criterion to an aspect in use (or to none); like archiving, this is beside the criterion's form and keeps its version. */
export async function setCriterionAspect(db: Db, criterionId: number, aspectId: number | null): Promise<CriterionAspect> {
  return db.transaction().execute(async (trx) => {
    const criterion = await trx.selectFrom('rubric_criteria').select(['id', 'aspect_id']).where('id', '=', criterionId).executeTakeFirst();
    if (!criterion) throw notFound(['Criterion', 'Kriteria'], criterionId);
    if (aspectId !== null && aspectId !== criterion.aspect_id) {
      const aspect = await trx.selectFrom('wse_aspects').select('id').where('id', '=', aspectId).where('archived_at', 'is', null).executeTakeFirst();
      if (!aspect) throw validationError('aspectId', bi('Choose an aspect of the WSE framework in use.', 'Pilih aspek rangka kerja WSE yang digunakan.'));
    }
    await trx.updateTable('rubric_criteria').set({ aspect_id: aspectId }).where('id', '=', criterionId).execute();
    return { criterionId, aspectId };
  });
}
