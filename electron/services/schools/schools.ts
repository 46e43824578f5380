/** The school roster: list, read, create, update, archive, restore. Every write is one transaction. */
import { sql, type Kysely, type Transaction } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput, SchoolInput } from '../../../shared/api';
import { SCHOOL_LEVELS, type LevelCounts, type School, type SchoolLeader, type SchoolLevel, type SchoolSummary } from '../../../shared/domain';
import { bi, notFound, validationError } from '../../../shared/errors';
import { abbreviationKey, matchesSearch, tidyAbbreviation } from '../../../shared/text';
import type { DB } from '../../../db/schema';
import { nextVersion, updateVersioned } from '../versions';
import { recordRosterBand, type BandSource } from '../wse/bands';

type Db = Kysely<DB>;

export function emptyCounts(): LevelCounts {
  return Object.fromEntries(SCHOOL_LEVELS.map((l) => [l, 0])) as LevelCounts;
}

export async function listSchools(db: Db, q: ParsedInput<'schools.list'>) {
  const rows = await db
    .selectFrom('schools as s')
    .leftJoin('people as h', (j) =>
      j.onRef('h.school_id', '=', 's.id').on('h.leader_role', '=', 'head').on('h.archived_at', 'is', null),
    )
    .select(['s.id', 's.number', 's.name', 's.abbreviation', 's.level', 's.wse_band', 's.phone', 's.email', 's.archived_at', 'h.name as head_name'])
    .execute();
  const items: SchoolSummary[] = rows
    .map((r) => ({
      id: r.id,
      number: r.number,
      name: r.name,
      abbreviation: r.abbreviation,
      level: r.level as SchoolLevel,
      wseBand: r.wse_band,
      phone: r.phone,
      email: r.email,
      headName: r.head_name ?? null,
      archived: r.archived_at !== null,
    }))
    .filter((s) => (q.includeArchived || !s.archived) && (!q.level || s.level === q.level) && matchesSearch(q.search, s.name, s.abbreviation));
  const dir = q.direction === 'asc' ? 1 : -1;
  const levelRank = (l: SchoolLevel) => SCHOOL_LEVELS.indexOf(l);
  const key = (s: SchoolSummary): string | number =>
    q.sort === 'level' ? levelRank(s.level) : q.sort === 'wseBand' ? (s.wseBand ?? 99) : q.sort === 'number' ? s.number : s[q.sort];
  items.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ms', { sensitivity: 'base' });
    return c !== 0 ? c * dir : a.number - b.number;
  });
  const counts = emptyCounts();
  for (const s of items) if (!s.archived) counts[s.level]++;
  return { items, counts, total: items.filter((s) => !s.archived).length };
}

export async function getSchool(db: Db, id: number): Promise<School> {
  const s = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw notFound(['School', 'Sekolah'], id);
  const leaders = await db
    .selectFrom('people')
    .select(['id', 'leader_role', 'name', 'title', 'appointed_on'])
    .where('school_id', '=', id)
    .where('leader_role', 'is not', null)
    .where('archived_at', 'is', null)
    .orderBy(sql`leader_role = 'head'`, 'desc')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return {
    id: s.id,
    number: s.number,
    name: s.name,
    abbreviation: s.abbreviation,
    level: s.level as SchoolLevel,
    address: s.address,
    phone: s.phone,
    email: s.email,
    wseBand: s.wse_band,
    notes: s.notes,
    archived: s.archived_at !== null,
    createdAt: s.created_at,
    updatedAt: s.updated_at,
    version: s.version,
    leaders: leaders.map(
      (l): SchoolLeader => ({ id: l.id, role: l.leader_role as SchoolLeader['role'], name: l.name, title: l.title, appointedOn: l.appointed_on }),
    ),
  };
}

/** Abbreviations are unique across all schools, archived ones included, compared by `abbreviationKey`. */
async function assertAbbreviationFree(db: Db, abbreviation: string, exceptId?: number) {
  const key = abbreviationKey(abbreviation);
  const schools = await db.selectFrom('schools').select(['id', 'name', 'abbreviation']).execute();
  const clash = schools.find((s) => s.id !== exceptId && abbreviationKey(s.abbreviation) === key);
  if (clash) {
    throw validationError(
      'abbreviation',
      bi(`The abbreviation "${tidyAbbreviation(abbreviation)}" is already used by ${clash.name} (${clash.abbreviation}).`, `Singkatan "${tidyAbbreviation(abbreviation)}" sudah digunakan oleh ${clash.name} (${clash.abbreviation}).`),
    );
  }
}

function schoolRow(input: SchoolInput) {
  return {
    name: input.name,
    abbreviation: tidyAbbreviation(input.abbreviation),
    level: input.level,
    address: input.address,
    phone: input.phone,
    email: input.email,
    wse_band: input.wseBand,
    notes: input.notes,
  };
}

async function saveLeaders(trx: Transaction<DB>, schoolId: number, leaders: SchoolInput['leaders']) {
  const now = nowIso();
  const existing = await trx
    .selectFrom('people')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('leader_role', 'is not', null)
    .where('archived_at', 'is', null)
    .execute();
  const existingIds = new Set(existing.map((e) => e.id));
  leaders.forEach((l, i) => {
    if (l.id !== undefined && !existingIds.has(l.id)) throw validationError(`leaders.${i}.id`, bi('This leader does not belong to this school.', 'Pemimpin ini bukan dari sekolah ini.'));
  });
  const kept = new Set(leaders.map((l) => l.id).filter((x): x is number => x !== undefined));
  const removed = [...existingIds].filter((x) => !kept.has(x));
  if (removed.length > 0) await trx.updateTable('people').set({ archived_at: now, updated_at: now, version: nextVersion }).where('id', 'in', removed).execute();
  // Deputies first, so swapping the head and a deputy never holds two heads at once.
  const ordered = leaders.map((l, position) => ({ ...l, position })).sort((a, b) => (a.role === b.role ? 0 : a.role === 'deputy' ? -1 : 1));
  for (const l of ordered) {
    const row = { name: l.name, title: l.title, leader_role: l.role, appointed_on: l.appointedOn, position: l.position, updated_at: now };
    if (l.id !== undefined) await trx.updateTable('people').set({ ...row, version: nextVersion }).where('id', '=', l.id).execute();
    else await trx.insertInto('people').values({ ...row, school_id: schoolId, team_role_label: '', email: '', phone: '' }).execute();
  }
}

export async function createSchool(db: Kysely<DB>, input: SchoolInput): Promise<School> {
  const id = await db.transaction().execute((trx) => insertSchool(trx, input));
  return getSchool(db, id);
}

/** A new school and its leaders, inside the caller's transaction (a form's save, or a whole import). */
export async function insertSchool(trx: Transaction<DB>, input: SchoolInput, source: BandSource = 'form'): Promise<number> {
  await assertAbbreviationFree(trx, input.abbreviation);
  const max = await trx.selectFrom('schools').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
  const number = input.number ?? Number(max?.n ?? 0) + 1;
  const { id } = await trx
    .insertInto('schools')
    .values({ ...schoolRow(input), number })
    .returning('id')
    .executeTakeFirstOrThrow();
  await saveLeaders(trx, id, input.leaders);
  await recordRosterBand(trx, id, null, input.wseBand, source);
  return id;
}

/** The school and its leaders are one record: an old version changes neither. */
export async function updateSchool(db: Kysely<DB>, input: ParsedInput<'schools.update'>): Promise<School> {
  await db.transaction().execute((trx) => changeSchool(trx, input));
  return getSchool(db, input.id);
}

/** An update of a school and its leaders, inside the caller's transaction. */
export async function changeSchool(trx: Transaction<DB>, input: ParsedInput<'schools.update'>, source: BandSource = 'form'): Promise<void> {
  const current = await trx.selectFrom('schools').select(['id', 'number', 'wse_band']).where('id', '=', input.id).executeTakeFirst();
  if (!current) throw notFound(['School', 'Sekolah'], input.id);
  await assertAbbreviationFree(trx, input.abbreviation, input.id);
  const set = { ...schoolRow(input), number: input.number ?? current.number, updated_at: nowIso() };
  await updateVersioned(trx, 'schools', input.id, input.version, set, ['School', 'Sekolah']);
  await saveLeaders(trx, input.id, input.leaders);
  await recordRosterBand(trx, input.id, current.wse_band, input.wseBand, source);
}

export async function setArchived(db: Kysely<DB>, id: number, archived: boolean): Promise<School> {
  const now = nowIso();
  const res = await db
    .updateTable('schools')
    .set({ archived_at: archived ? now : null, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFound(['School', 'Sekolah'], id);
  return getSchool(db, id);
}
