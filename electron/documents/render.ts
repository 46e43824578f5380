/**
 * documents.render: one builder per kind (a report model's loader then its layout, for the kinds that have
 * one), packed to .docx bytes with a file name a clerk recognises. */
import { Packer, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { DocumentRequest } from '../../shared/api';
import { todayLocal } from '../../shared/dates';
import { fileNameFor } from '../../shared/file-names';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../shared/domain';
import { dictionaries } from '../../shared/i18n';
import { layoutClusterProfile } from './cluster-profile';
import { layoutClusterTermReport } from './cluster-term-report';
import { layoutEventList } from './event-list';
import { calendarBlock, layoutInitiativeCalendar } from './initiative-calendar';
import { layoutMentorAppointmentLetters } from './mentor-appointment-letters';
import { layoutMentoringReport } from './mentoring-report';
import { loadClusterProfileModel } from '../services/cluster/cluster-profile-model';
import { loadEventListModel } from '../services/calendar/event-list-model';
import { loadMentorLettersModel } from '../services/mentoring/mentor-letters-model';
import { loadMentoringReportModel } from '../services/mentoring/mentoring-report-model';
import { loadInitiativeCalendarModel } from '../services/plan/initiative-calendar-model';
import { loadSchoolRosterModel } from '../services/schools/roster-model';
import { loadClusterTermReportModel } from '../services/visits/cluster-term-report-model';
import { loadSchoolTermReportModel } from '../services/visits/school-term-report-model';
import { loadVisitReportModel } from '../services/visits/visit-report-model';
import { layoutSchoolRoster } from './school-roster';
import { layoutSchoolTermReport } from './school-term-report';
import { layoutVisitReport } from './visit-report';

type Builder<K extends DocumentRequest['kind']> = (
  db: Kysely<DB>,
  req: Extract<DocumentRequest, { kind: K }>,
) => Promise<{ doc: Document; title: string }>;

const builders: { [K in DocumentRequest['kind']]: Builder<K> } = {
  'school-roster': async (db, req) => layoutSchoolRoster(await loadSchoolRosterModel(db, req.language)),
  'initiative-calendar': async (db, req) => layoutInitiativeCalendar(await loadInitiativeCalendarModel(db, req.year, req.language)),
  'event-list': async (db, req) => layoutEventList(await loadEventListModel(db, req.from, req.to, req.language)),
  'mentor-appointment-letters': async (db, req) => layoutMentorAppointmentLetters(await loadMentorLettersModel(db, req.year, req.assignmentIds, req.language)),
  'mentoring-report': async (db, req) => layoutMentoringReport(await loadMentoringReportModel(db, req.year, req.language)),
  'visit-report': async (db, req) => layoutVisitReport(await loadVisitReportModel(db, req.visitId, req.language)),
  'school-term-report': async (db, req) => layoutSchoolTermReport(await loadSchoolTermReportModel(db, req.schoolId, req.year, req.term, req.language)),
  'cluster-term-report': async (db, req) => layoutClusterTermReport(await loadClusterTermReportModel(db, req.year, req.term, req.language)),
  'cluster-profile': async (db, req) => {
    const m = await loadClusterProfileModel(db, req.year, req.language);
    return layoutClusterProfile(m, m.calendar ? calendarBlock(m.calendar, dictionaries[req.language]) : []);
  },
};

/** Lays a document out and packs it to .docx bytes; its title names the file and its register entry. */
export async function renderTitled(db: Kysely<DB>, req: DocumentRequest): Promise<{ title: string; data: Uint8Array }> {
  // Each builder takes its own kind of request; the map guarantees the pairing TypeScript cannot follow here.
  const build = builders[req.kind] as Builder<DocumentRequest['kind']>;
  const { doc, title } = await build(db, req);
  return { title, data: new Uint8Array(await Packer.toBuffer(doc)) };
}

/** A preview: the document as it would be issued, without a reference number or a register entry. */
export async function renderDocument(db: Kysely<DB>, req: DocumentRequest): Promise<DocumentFile> {
  const { title, data } = await renderTitled(db, req);
  return { fileName: fileNameFor(title, '.docx', { suffix: todayLocal() }), contentType: DOCX_CONTENT_TYPE, data };
}
