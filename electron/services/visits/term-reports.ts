/** What officers write for a term: a school's narrative, or the cluster's highlights and challenges (school null). */
import { sql, type Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput } from '../../../shared/api';
import { validationError, bi } from '../../../shared/errors';
import type { TermReportText } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';
import { conflict, updateVersioned } from '../versions';

type Db = Kysely<DB>;

const TEXT = ['Report text', 'Teks laporan'] as const;

/** Found through the unique index on (ifnull(school_id, 0), year, term): the cluster's text is school 0 there. */
async function termReportRow(db: Db, schoolId: number | null, year: number, term: number) {
  return db
    .selectFrom('term_reports')
    .selectAll()
    .where(sql<number>`ifnull(school_id, 0)`, '=', schoolId ?? 0)
    .where('year', '=', year)
    .where('term', '=', term)
    .executeTakeFirst();
}

/** A text never written reads as empty, version 0. */
export async function getTermReport(db: Db, schoolId: number | null, year: number, term: number): Promise<TermReportText> {
  const row = await termReportRow(db, schoolId, year, term);
  return { schoolId, year, term, narrative: row?.narrative ?? '', highlights: row?.highlights ?? '', challenges: row?.challenges ?? '', version: row?.version ?? 0 };
}

/** Saves in place: version 0 writes a new text, unless someone wrote one meanwhile. */
export async function saveTermReport(db: Db, input: ParsedInput<'termReports.save'>): Promise<TermReportText> {
  await db.transaction().execute(async (trx) => {
    if (input.schoolId !== null) {
      const s = await trx.selectFrom('schools').select('id').where('id', '=', input.schoolId).executeTakeFirst();
      if (!s) throw validationError('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
    }
    const texts = { narrative: input.narrative, highlights: input.highlights, challenges: input.challenges, updated_at: nowIso() };
    const row = await termReportRow(trx, input.schoolId, input.year, input.term);
    if (row) await updateVersioned(trx, 'term_reports', row.id, input.version, texts, TEXT);
    else if (input.version !== 0) throw conflict(TEXT);
    else await trx.insertInto('term_reports').values({ ...texts, school_id: input.schoolId, year: input.year, term: input.term }).execute();
  });
  return getTermReport(db, input.schoolId, input.year, input.term);
}
