/**
 * documents.render: a kind's report model loaded here, in the main process, then laid out and packed to .docx
 * bytes in the rendering thread, with a file name a clerk recognises.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DocumentRequest } from '../../shared/api';
import { todayLocal } from '../../shared/dates';
import type { DocumentModel } from '../../shared/documents/document-model';
import { fileNameFor } from '../../shared/file-names';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../shared/domain';
import { loadClusterProfileModel } from '../services/cluster/cluster-profile-model';
import { loadEventListModel } from '../services/calendar/event-list-model';
import { loadMentorLettersModel } from '../services/mentoring/mentor-letters-model';
import { loadMentoringReportModel } from '../services/mentoring/mentoring-report-model';
import { loadInitiativeCalendarModel } from '../services/plan/initiative-calendar-model';
import { loadKpiReviewModel } from '../services/results/kpi-review-model';
import { loadSchoolRosterModel } from '../services/schools/roster-model';
import { loadSipReviewModel } from '../services/sip/sip-review-model';
import { loadClusterTermReportModel } from '../services/visits/cluster-term-report-model';
import { loadSchoolTermReportModel } from '../services/visits/school-term-report-model';
import { loadVisitReportModel } from '../services/visits/visit-report-model';
import { renderInThread } from './render-thread';

/** Reads the report model a request asks for, tagged with its kind. */
export async function loadDocumentModel(db: Kysely<DB>, req: DocumentRequest): Promise<DocumentModel> {
  switch (req.kind) {
    case 'school-roster':
      return { kind: req.kind, model: await loadSchoolRosterModel(db, req.language) };
    case 'initiative-calendar':
      return { kind: req.kind, model: await loadInitiativeCalendarModel(db, req.year, req.language) };
    case 'event-list':
      return { kind: req.kind, model: await loadEventListModel(db, req.from, req.to, req.language) };
    case 'mentor-appointment-letters':
      return { kind: req.kind, model: await loadMentorLettersModel(db, req.year, req.assignmentIds, req.language) };
    case 'mentoring-report':
      return { kind: req.kind, model: await loadMentoringReportModel(db, req.year, req.language) };
    case 'visit-report':
      return { kind: req.kind, model: await loadVisitReportModel(db, req.visitId, req.language) };
    case 'school-term-report':
      return { kind: req.kind, model: await loadSchoolTermReportModel(db, req.schoolId, req.year, req.term, req.language) };
    case 'cluster-term-report':
      return { kind: req.kind, model: await loadClusterTermReportModel(db, req.year, req.term, req.language) };
    case 'cluster-profile':
      return { kind: req.kind, model: await loadClusterProfileModel(db, req.year, req.language) };
    case 'sip-review':
      return { kind: req.kind, model: await loadSipReviewModel(db, req.schoolId, req.year, req.language) };
    case 'kpi-review':
      return { kind: req.kind, model: await loadKpiReviewModel(db, req.year, req.schoolId ?? null, req.language) };
  }
}

/** Lays a document out and packs it to .docx bytes; its title names the file and its register entry. */
export async function renderTitled(db: Kysely<DB>, req: DocumentRequest): Promise<{ title: string; data: Uint8Array }> {
  return renderInThread(await loadDocumentModel(db, req));
}

/** A preview: the document as it would be issued, without a reference number or a register entry. */
export async function renderDocument(db: Kysely<DB>, req: DocumentRequest): Promise<DocumentFile> {
  const { title, data } = await renderTitled(db, req);
  return { fileName: fileNameFor(title, '.docx', { suffix: todayLocal() }), contentType: DOCX_CONTENT_TYPE, data };
}
