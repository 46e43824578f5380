/** `exports.render`: the spreadsheet of a list, named for what it holds and the day it was made. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import { todayLocal } from '../../../shared/dates';
import type { DocumentFile } from '../../../shared/domain';
import { XLSX_CONTENT_TYPE, type ParsedExportRequest } from '../../../shared/exports/api';
import { fileNameFor } from '../../../shared/file-names';
import { getProfile } from '../cluster/profile';
import { eventsWorkbook } from './events';
import { rosterWorkbook } from './roster';
import { coverageWorkbook, followUpWorkbook } from './visit-lists';

export async function renderExport(db: Kysely<DB>, r: ParsedExportRequest): Promise<DocumentFile> {
  const profile = await getProfile(db);
  const cluster = inLanguage(profile.name, profile.nameEn, r.language);
  const made =
    r.kind === 'roster'
      ? await rosterWorkbook(db, cluster, r.language, r.includeArchived)
      : r.kind === 'coverage'
        ? await coverageWorkbook(db, cluster, r.language, r.year, r.term)
        : r.kind === 'follow-up'
          ? await followUpWorkbook(db, cluster, r.language, r)
          : await eventsWorkbook(db, cluster, r.language, r.from, r.to);
  return { fileName: fileNameFor(`${cluster} ${made.title}`, '.xlsx', { suffix: ` ${todayLocal()}` }), contentType: XLSX_CONTENT_TYPE, data: made.data };
}
