/** Next steps across schools: open first, overdue ones flagged; closing one needs a date and a note. */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { nowIso, todayLocal } from '../../../shared/dates';
import { AppError, bi, notFound, validationError } from '../../../shared/errors';
import { FOLLOW_UP_PAGE_SIZE, type FollowUp, type FollowUpItem, type Term } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { nextVersion } from '../versions';

type Db = Kysely<DB>;

function selectSteps(db: Db) {
  return db
    .selectFrom('next_steps as n')
    .innerJoin('visits as v', 'v.id', 'n.visit_id')
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .selectAll('n')
    .select(['v.date as visit_date', 'v.school_id', 's.abbreviation'])
    .where('v.status', '!=', 'cancelled');
}
type Row = Awaited<ReturnType<ReturnType<typeof selectSteps>['execute']>>[number];

/** The open steps, read from their own index (it holds what the list shows of them) and their visits; schools are named after. */
export function selectOpenSteps(db: Db) {
  return db
    .selectFrom('next_steps as n')
    .innerJoin('visits as v', 'v.id', 'n.visit_id')
    .select(['n.id', 'n.visit_id', 'n.text', 'n.owner', 'n.due_date'])
    .select(['v.date as visit_date', 'v.school_id'])
    .where('n.closed_on', 'is', null)
    .where('v.status', '!=', 'cancelled');
}

/**
 * How many closed steps the history holds: of one school through its visits; of all, every closed step
 * (counted in their index) less those of cancelled visits, so no visit is read per step.
 */
async function countClosed(db: Db, schoolId: number | null): Promise<number> {
  const closedOfVisits = () =>
    db
      .selectFrom('visits as v')
      .innerJoin('next_steps as n', 'n.visit_id', 'v.id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('n.closed_on', 'is not', null);
  if (schoolId) {
    const r = await closedOfVisits().where('v.school_id', '=', schoolId).where('v.status', '!=', 'cancelled').executeTakeFirstOrThrow();
    return Number(r.n);
  }
  const [all, cancelled] = await Promise.all([
    db.selectFrom('next_steps').select((eb) => eb.fn.countAll<number>().as('n')).where('closed_on', 'is not', null).executeTakeFirstOrThrow(),
    closedOfVisits().where('v.status', '=', 'cancelled').executeTakeFirstOrThrow(),
  ]);
  return Number(all.n) - Number(cancelled.n);
}

const toItem = (r: Row, today: string): FollowUpItem => ({
  id: r.id,
  visitId: r.visit_id,
  text: r.text,
  owner: r.owner,
  dueDate: r.due_date,
  closedOn: r.closed_on,
  closedNote: r.closed_note,
  schoolId: r.school_id,
  school: r.abbreviation,
  visitDate: r.visit_date,
  overdue: r.closed_on === null && r.due_date !== null && r.due_date < today,
});

/**
 * Every step of the follow-up, not a page: the open ones in the follow-up's order, then with `includeClosed`
 * the closed history, most recently closed first (what the follow-up's spreadsheet lists).
 */
export async function readWholeFollowUp(db: Db, q: { schoolId: number | null; includeClosed: boolean }, today = todayLocal()): Promise<FollowUpItem[]> {
  let open = selectSteps(db).where('n.closed_on', 'is', null);
  if (q.schoolId) open = open.where('v.school_id', '=', q.schoolId);
  let closed = selectSteps(db).where('n.closed_on', 'is not', null);
  if (q.schoolId) closed = closed.where('v.school_id', '=', q.schoolId);
  const [openRows, closedRows] = await Promise.all([
    open.orderBy(sql`n.due_date is null`).orderBy('n.due_date').orderBy('v.date').orderBy('n.id').execute(),
    q.includeClosed ? closed.orderBy('n.closed_on', 'desc').orderBy('n.id', 'desc').execute() : Promise.resolve([]),
  ]);
  return [...openRows, ...closedRows].map((r) => toItem(r, today));
}

/** Open before closed, overdue first, then by due date (none last), then by visit. */
export function byFollowUpOrder(a: FollowUpItem, b: FollowUpItem): number {
  const rank = (i: FollowUpItem) => (i.closedOn ? 2 : i.overdue ? 0 : 1);
  // Dates are ISO strings: plain comparison orders them, much faster than localeCompare over thousands.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return rank(a) - rank(b) || cmp(a.dueDate ?? '9999', b.dueDate ?? '9999') || cmp(a.visitDate, b.visitDate) || a.id - b.id;
}

/**
 * One person's steps ("mine" on the Today page): those of visits they made as an officer, and those whose
 * owner is written as their name.
 */
export function stepsOf(personId: number) {
  return (eb: ExpressionBuilder<DB & { n: DB['next_steps']; v: DB['visits'] }, 'n' | 'v'>) =>
    eb.or([
      eb('v.id', 'in', eb.selectFrom('visit_officers').select('visit_id').where('person_id', '=', personId)),
      eb(sql`lower(trim(n.owner))`, '=', eb.selectFrom('people').select(sql<string>`lower(trim(name))`.as('name')).where('id', '=', personId)),
    ]);
}

/** How many open steps there are, and how many of them are overdue, read from the open steps' index. */
async function countOpen(db: Db, schoolId: number | null, today: string, personId: number | null = null): Promise<{ open: number; overdue: number }> {
  let q = db
    .selectFrom('next_steps as n')
    .innerJoin('visits as v', 'v.id', 'n.visit_id')
    .select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.sum<number | null>(sql<number>`n.due_date < ${today}`).as('overdue')])
    .where('n.closed_on', 'is', null)
    .where('v.status', '!=', 'cancelled');
  if (schoolId) q = q.where('v.school_id', '=', schoolId);
  if (personId) q = q.where(stepsOf(personId));
  const r = await q.executeTakeFirstOrThrow();
  return { open: Number(r.open), overdue: Number(r.overdue ?? 0) };
}

/**
 * A page of the open steps (overdue first) with how many there are and how many are overdue, and with
 * `includeClosed` a page of the closed history (most recently closed first) with how many closed steps there
 * are: both grow with the years, so neither is read whole.
 */
export async function listFollowUp(
  db: Db,
  q: { schoolId: number | null; includeClosed: boolean; page?: number; openPage?: number; personId?: number | null },
  today = todayLocal(),
): Promise<FollowUp> {
  const page = q.page ?? 1;
  const openPage = q.openPage ?? 1;
  // Due date order is follow-up order for open steps: the overdue ones are those due before today, and none last.
  let open = selectOpenSteps(db).orderBy(sql`n.due_date is null`).orderBy('n.due_date').orderBy('v.date').orderBy('n.id');
  if (q.schoolId) open = open.where('v.school_id', '=', q.schoolId);
  if (q.personId) open = open.where(stepsOf(q.personId));
  let closed = selectSteps(db).where('n.closed_on', 'is not', null);
  if (q.schoolId) closed = closed.where('v.school_id', '=', q.schoolId);
  const pageRows = q.includeClosed
    ? closed
        .orderBy('n.closed_on', 'desc')
        .orderBy('n.id', 'desc')
        .limit(FOLLOW_UP_PAGE_SIZE)
        .offset((page - 1) * FOLLOW_UP_PAGE_SIZE)
        .execute()
    : Promise.resolve([]);
  const [openRows, counts, schools, closedRows, total] = await Promise.all([
    open.limit(FOLLOW_UP_PAGE_SIZE).offset((openPage - 1) * FOLLOW_UP_PAGE_SIZE).execute(),
    countOpen(db, q.schoolId, today, q.personId ?? null),
    db.selectFrom('schools').select(['id', 'abbreviation']).execute(),
    pageRows,
    q.includeClosed ? countClosed(db, q.schoolId) : 0,
  ]);
  const abbreviation = new Map(schools.map((x) => [x.id, x.abbreviation]));
  return {
    open: openRows.map((r) => ({
      id: r.id,
      visitId: r.visit_id,
      text: r.text,
      owner: r.owner,
      dueDate: r.due_date,
      closedOn: null,
      closedNote: '',
      schoolId: r.school_id,
      school: abbreviation.get(r.school_id) ?? '',
      visitDate: r.visit_date,
      overdue: r.due_date !== null && r.due_date < today,
    })),
    openTotal: counts.open,
    overdue: counts.overdue,
    openPage,
    closed: closedRows.map((r) => toItem(r, today)),
    total,
    page,
    pageSize: FOLLOW_UP_PAGE_SIZE,
  };
}

/**
 * The next steps the term answers for in every school, counted: open, overdue and closed per school. The same
 * steps as `listTermSteps` of all schools, read narrow (no texts) in one query of three disjoint parts.
 */
export async function countTermSteps(db: Db, term: Pick<Term, 'start' | 'end'>, today = todayLocal()): Promise<Map<number, { open: number; overdue: number; closed: number }>> {
  const part = (eb: ExpressionBuilder<DB, never> | Db) =>
    (eb as Db)
      .selectFrom('next_steps as n')
      .innerJoin('visits as v', 'v.id', 'n.visit_id')
      .select(['v.school_id', 'n.closed_on', 'n.due_date'])
      .where('v.status', '!=', 'cancelled');
  const rows = await part(db)
    .where('v.date', '>=', term.start)
    .where('v.date', '<=', term.end)
    .unionAll((eb) => part(eb).where('n.closed_on', 'is', null).where('v.date', '<', term.start))
    .unionAll((eb) => part(eb).where('n.closed_on', '>=', term.start).where('v.date', '<', term.start))
    .execute();
  const counts = new Map<number, { open: number; overdue: number; closed: number }>();
  for (const r of rows) {
    let c = counts.get(r.school_id);
    if (!c) counts.set(r.school_id, (c = { open: 0, overdue: 0, closed: 0 }));
    if (r.closed_on !== null) c.closed++;
    else {
      c.open++;
      if (r.due_date !== null && r.due_date < today) c.overdue++;
    }
  }
  return counts;
}

/**
 * The next steps a term answers for at one school: those raised at its visits, and earlier ones still open or
 * closed since it began (the rule `stepsOfTerm` states), in follow-up order. Only the school's visits up to
 * the term's end are read.
 */
export async function listTermSteps(db: Db, term: Pick<Term, 'start' | 'end'>, schoolId: number, today = todayLocal()): Promise<FollowUpItem[]> {
  const rows = await selectSteps(db)
    .where('v.school_id', '=', schoolId)
    .where('v.date', '<=', term.end)
    .where((eb) => eb.or([eb('v.date', '>=', term.start), eb('n.closed_on', 'is', null), eb('n.closed_on', '>=', term.start)]))
    .execute();
  return rows.map((r) => toItem(r, today)).sort(byFollowUpOrder);
}

async function getItem(db: Db, id: number): Promise<FollowUpItem> {
  const row = await selectSteps(db).where('n.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(['Next step', 'Langkah seterusnya'], id);
  return toItem(row, todayLocal());
}

/** Next steps are part of their visit: closing or reopening one moves the visit's version on. */
async function setClosed(trx: Db, item: FollowUpItem, closedOn: string | null, note: string) {
  await trx.updateTable('next_steps').set({ closed_on: closedOn, closed_note: note }).where('id', '=', item.id).execute();
  await trx.updateTable('visits').set({ version: nextVersion, updated_at: nowIso() }).where('id', '=', item.visitId).execute();
}

export async function closeNextStep(db: Db, id: number, closedOn: string, note: string): Promise<FollowUpItem> {
  await db.transaction().execute(async (trx) => {
    const item = await getItem(trx, id);
    if (item.closedOn) throw new AppError('CONFLICT', bi('This next step is already closed.', 'Langkah ini sudah ditutup.'));
    if (closedOn < item.visitDate) throw validationError('closedOn', bi(`It cannot close before the visit on ${item.visitDate}.`, `Ia tidak boleh ditutup sebelum lawatan pada ${item.visitDate}.`));
    if (closedOn > todayLocal()) throw validationError('closedOn', bi('A next step is closed on or before today.', 'Langkah ditutup pada atau sebelum hari ini.'));
    await setClosed(trx, item, closedOn, note);
  });
  return getItem(db, id);
}

export async function reopenNextStep(db: Db, id: number): Promise<FollowUpItem> {
  await db.transaction().execute(async (trx) => {
    const item = await getItem(trx, id);
    if (item.closedOn) await setClosed(trx, item, null, '');
  });
  return getItem(db, id);
}
