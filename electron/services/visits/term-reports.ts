/** What officers write for a term: a school's narrative, or the cluster's highlights and challenges (school null). */
import type { Kysely } from 'kysely';
import { validationError, bi } from '../../../shared/errors';
import type { TermReportText } from '../../../shared/visits/types';
import type { DB } from '../../../db/schema';

type Db = Kysely<DB>;

export async function getTermReport(db: Db, schoolId: number | null, year: number, term: number): Promise<TermReportText> {
  let q = db.selectFrom('term_reports').selectAll().where('year', '=', year).where('term', '=', term);
  q = schoolId === null ? q.where('school_id', 'is', null) : q.where('school_id', '=', schoolId);
  const row = await q.executeTakeFirst();
  return { schoolId, year, term, narrative: row?.narrative ?? '', highlights: row?.highlights ?? '', challenges: row?.challenges ?? '' };
}

export async function saveTermReport(db: Db, input: TermReportText): Promise<TermReportText> {
  await db.transaction().execute(async (trx) => {
    if (input.schoolId !== null) {
      const s = await trx.selectFrom('schools').select('id').where('id', '=', input.schoolId).executeTakeFirst();
      if (!s) throw validationError('schoolId', bi('Choose a school from the roster.', 'Pilih sekolah daripada senarai.'));
    }
    let del = trx.deleteFrom('term_reports').where('year', '=', input.year).where('term', '=', input.term);
    del = input.schoolId === null ? del.where('school_id', 'is', null) : del.where('school_id', '=', input.schoolId);
    await del.execute();
    await trx
      .insertInto('term_reports')
      .values({ school_id: input.schoolId, year: input.year, term: input.term, narrative: input.narrative, highlights: input.highlights, challenges: input.challenges })
      .execute();
  });
  return getTermReport(db, input.schoolId, input.year, input.term);
}
