/** Next steps across schools: open first, overdue ones flagged; closing one needs a date and a note. */
import type { Kysely } from 'kysely';
import { nowIso, todayLocal } from '../../../shared/dates';
import { AppError, bi, notFound, validationError } from '../../../shared/errors';
import type { FollowUpItem } from '../../../shared/visits/types';
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

export async function listFollowUp(db: Db, q: { schoolId: number | null; includeClosed: boolean }, today = todayLocal()): Promise<FollowUpItem[]> {
  let query = selectSteps(db);
  if (q.schoolId) query = query.where('v.school_id', '=', q.schoolId);
  if (!q.includeClosed) query = query.where('n.closed_on', 'is', null);
  const items = (await query.execute()).map((r) => toItem(r, today));
  // Open before closed, overdue first, then by due date (none last), then by visit.
  const rank = (i: FollowUpItem) => (i.closedOn ? 2 : i.overdue ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.visitDate.localeCompare(b.visitDate) || a.id - b.id);
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
