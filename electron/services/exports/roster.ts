/**
 * The roster as the clerk keeps it in Excel: one sheet of schools, one of their leaders (by the school's
 * abbreviation), in the columns the roster import reads back.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import { dictionaries } from '../../../shared/i18n';
import { LEADER_ROLES, SCHOOL_LEVELS, WSE_BANDS, type LeaderRole, type SchoolLevel } from '../../../shared/domain';
import { Workbook, type CellValue } from './workbook';

/** Rows a template offers to fill in, with their drop-down lists. */
const TEMPLATE_ROWS = 300;

/**
 * The roster with its leaders; with `template`, the same two sheets empty, with rows to fill in and the
 * drop-down lists of levels, WSE bands and leaders' roles (what the import reads back).
 */
export async function rosterWorkbook(db: Kysely<DB>, cluster: string, language: Language, includeArchived: boolean, template = false): Promise<{ title: string; data: Uint8Array }> {
  const d = dictionaries[language];
  let schools = db.selectFrom('schools').select(['id', 'number', 'name', 'abbreviation', 'level', 'wse_band', 'phone', 'email', 'address', 'notes', 'archived_at']).orderBy('number').orderBy('id');
  if (!includeArchived) schools = schools.where('archived_at', 'is', null);
  const rows = template ? [] : await schools.execute();
  const leaders = template
    ? []
    : await db
    .selectFrom('people as p')
    .innerJoin('schools as s', 's.id', 'p.school_id')
    .select(['s.abbreviation', 's.number', 'p.leader_role', 'p.name', 'p.title', 'p.appointed_on'])
    .where('p.leader_role', 'is not', null)
    .where('p.archived_at', 'is', null)
    .$if(!includeArchived, (q) => q.where('s.archived_at', 'is', null))
    .orderBy('s.number')
    .orderBy(sql`p.leader_role = 'head'`, 'desc')
    .orderBy('p.position')
    .orderBy('p.id')
    .execute();

  const date = todayLocal();
  const title = { cluster, what: template ? d.exports.template : d.exports.roster, date };
  const wb = new Workbook();
  wb.addSheet(
    d.exports.schools,
    title,
    [
      { header: d.exports.number, width: 6, type: 'number' },
      { header: d.school.name, width: 44 },
      { header: d.school.abbreviation, width: 14 },
      { header: d.school.level, width: 22, choices: SCHOOL_LEVELS.map((l) => d.level[l]) },
      { header: d.school.wseBand, width: 10, type: 'number', choices: WSE_BANDS.map(String) },
      { header: d.school.phone, width: 16 },
      { header: d.school.email, width: 28 },
      { header: d.school.address, width: 44 },
      { header: d.school.notes, width: 30 },
      ...(includeArchived ? [{ header: d.exports.archived, width: 12 }] : []),
    ],
    rows.map((s): CellValue[] => [s.number, s.name, s.abbreviation, d.level[s.level as SchoolLevel] ?? s.level, s.wse_band, s.phone, s.email, s.address, s.notes, ...(includeArchived ? [s.archived_at ? d.exports.yes : ''] : [])]),
    { blankRows: template ? TEMPLATE_ROWS : 0 },
  );
  wb.addSheet(
    d.exports.leaders,
    title,
    [
      { header: d.school.abbreviation, width: 14 },
      { header: d.school.leaderRole, width: 12, choices: LEADER_ROLES.map((r) => d.leaderRole[r]) },
      { header: d.school.leaderName, width: 40 },
      { header: d.school.leaderTitle, width: 30 },
      { header: d.school.appointedOn, width: 14, type: 'date' },
    ],
    leaders.map((l) => [l.abbreviation, d.leaderRole[l.leader_role as LeaderRole] ?? l.leader_role, l.name, l.title, l.appointed_on]),
    { blankRows: template ? TEMPLATE_ROWS : 0 },
  );
  return { title: template ? d.exports.template : d.exports.roster, data: await wb.bytes() };
}
