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
import { mentoringWorkbook, ratingsWorkbook, registerWorkbook, visitsWorkbook } from './records';
import { rosterWorkbook } from './roster';
import { coverageWorkbook, followUpWorkbook } from './visit-lists';

export async function renderExport(db: Kysely<DB>, r: ParsedExportRequest): Promise<DocumentFile> {
  const profile = await getProfile(db);
  const cluster = inLanguage(profile.name, profile.nameEn, r.language);
  const made = await (() => {
    switch (r.kind) {
      case 'roster':
        return rosterWorkbook(db, cluster, r.language, r.includeArchived, r.template);
      case 'coverage':
        return coverageWorkbook(db, cluster, r.language, r.year, r.term);
      case 'follow-up':
        return followUpWorkbook(db, cluster, r.language, r);
      case 'events':
        return eventsWorkbook(db, cluster, r.language, r.from, r.to);
      case 'visits':
        return visitsWorkbook(db, cluster, r.language, r.from, r.to);
      case 'ratings':
        return ratingsWorkbook(db, cluster, r.language, r.year);
      case 'mentoring':
        return mentoringWorkbook(db, cluster, r.language, r.year);
      case 'register':
        return registerWorkbook(db, cluster, r.language, r.year);
    }
  })();
  return { fileName: fileNameFor(`${cluster} ${made.title}`, '.xlsx', { suffix: ` ${todayLocal()}` }), contentType: XLSX_CONTENT_TYPE, data: made.data };
}
