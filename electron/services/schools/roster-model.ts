/** The school roster's report model: the letterhead, every active school with its head, and who signs. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { Language } from '../../../shared/dates';
import type { SchoolRosterModel } from '../../../shared/documents/models';
import { SCHOOL_LEVELS } from '../../../shared/domain';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { listSchools } from './schools';

/** A fixed number of reads whatever the number of schools: profile, logo, team, who signs, and the schools joined to their heads. */
export async function loadSchoolRosterModel(db: Kysely<DB>, language: Language, date?: string): Promise<SchoolRosterModel> {
  const [{ letterhead, signatories }, { items, counts }] = await Promise.all([
    loadDocumentHead(db, language, { date }),
    listSchools(db, { search: '', level: null, includeArchived: false, sort: 'level', direction: 'asc' }),
  ]);
  let n = 0;
  const groups = SCHOOL_LEVELS.map((level) => ({
    level,
    schools: items
      .filter((s) => s.level === level)
      .map((s) => ({ number: ++n, name: s.name, abbreviation: s.abbreviation, headName: s.headName, phone: s.phone, wseBand: s.wseBand })),
  })).filter((g) => g.schools.length > 0);
  return { letterhead, counts, groups, signOff: signOffFrom(letterhead, signatories) };
}
