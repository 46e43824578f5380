/**
 * The visits' lists as spreadsheets: a term's coverage matrix (schools × weeks, shaded as on screen) and the
 * follow-up of next steps.
 */
import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { formatDate, todayLocal, type Language } from '../../../shared/dates';
import { dictionaries, fill } from '../../../shared/i18n';
import { coverage } from '../visits/coverage';
import { readWholeFollowUp } from '../visits/follow-up';
import { Workbook } from './workbook';

/** The shades of the screen's matrix: a week with a visit, and a school not visited this term. */
const VISITED = 'FFC3FAE8';
const NOT_VISITED = 'FFFFF9DB';

export async function coverageWorkbook(db: Kysely<DB>, cluster: string, language: Language, year: number, term: number): Promise<{ title: string; data: Uint8Array }> {
  const d = dictionaries[language];
  const c = await coverage(db, year, term);
  const what = fill(d.exports.coverage, { term, year });
  const wb = new Workbook();
  const weekHeader = (i: number) => `${fill(d.visits.week, { n: i + 1 })} ${formatDate(c.weeks[i]?.start ?? '').slice(0, 5)}`;
  // Shaded as on screen: weeks with a visit, the rows of schools not visited this term; the team's row bold.
  const shade = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
  wb.addSheet(
    d.exports.coverageSheet,
    { cluster, what, date: todayLocal() },
    [{ header: d.visits.school, width: 14 }, { header: d.school.name, width: 40 }, ...c.weeks.map((_, i) => ({ header: weekHeader(i), width: 9, type: 'number' as const })), { header: d.visits.total, width: 8, type: 'number' }, { header: d.visits.daysSince, width: 14, type: 'number' }],
    [
      ...c.schools.map((s) => [s.abbreviation, s.name, ...s.perWeek.map((n) => n || null), s.total, s.daysSince]),
      [fill(d.visits.teamPerWeek, { target: c.weeklyTarget }), '', ...c.weeklyTotals, c.weeklyTotals.reduce((a, b) => a + b, 0), null],
    ],
    {
      styleRow: (row, r) => {
      const s = c.schools[r];
      if (!s) {
        row.font = { bold: true };
        return;
      }
      if (s.total === 0) for (let col = 1; col <= c.weeks.length + 4; col++) row.getCell(col).fill = shade(NOT_VISITED);
      s.perWeek.forEach((n, w) => {
        if (n > 0) row.getCell(3 + w).fill = shade(VISITED);
      });
      },
    },
  );
  return { title: what, data: await wb.bytes() };
}

export async function followUpWorkbook(
  db: Kysely<DB>,
  cluster: string,
  language: Language,
  q: { includeClosed: boolean; schoolId: number | null; asOf?: string | undefined },
): Promise<{ title: string; data: Uint8Array }> {
  const d = dictionaries[language];
  const asOf = q.asOf ?? todayLocal();
  const items = await readWholeFollowUp(db, q, asOf);
  const wb = new Workbook();
  wb.addSheet(
    d.exports.followUpSheet,
    { cluster, what: d.exports.followUp, date: asOf },
    [
      { header: d.visits.school, width: 14 },
      { header: d.exports.visitDate, width: 12, type: 'date' },
      { header: d.visits.step, width: 50 },
      { header: d.visits.owner, width: 24 },
      { header: d.exports.dueDate, width: 12, type: 'date' },
      { header: d.exports.overdue, width: 9 },
      { header: d.exports.closedOn, width: 12, type: 'date' },
      { header: d.exports.closingNote, width: 40 },
    ],
    items.map((f) => [f.school, f.visitDate, f.text, f.owner, f.dueDate, f.overdue ? d.exports.yes : '', f.closedOn, f.closedNote]),
  );
  return { title: d.exports.followUp, data: await wb.bytes() };
}
