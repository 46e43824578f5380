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
import { buildClusterProfile } from './cluster-profile';
import { buildClusterTermReport } from './cluster-term-report';
import { buildEventList } from './event-list';
import { layoutInitiativeCalendar } from './initiative-calendar';
import { buildMentorAppointmentLetters } from './mentor-appointment-letters';
import { buildMentoringReport } from './mentoring-report';
import { loadInitiativeCalendarModel } from '../services/plan/initiative-calendar-model';
import { loadSchoolRosterModel } from '../services/schools/roster-model';
import { loadVisitReportModel } from '../services/visits/visit-report-model';
import { layoutSchoolRoster } from './school-roster';
import { buildSchoolTermReport } from './school-term-report';
import { layoutVisitReport } from './visit-report';

type Builder<K extends DocumentRequest['kind']> = (
  db: Kysely<DB>,
  req: Extract<DocumentRequest, { kind: K }>,
) => Promise<{ doc: Document; title: string }>;

const builders: { [K in DocumentRequest['kind']]: Builder<K> } = {
  'school-roster': async (db, req) => layoutSchoolRoster(await loadSchoolRosterModel(db, req.language)),
  'initiative-calendar': async (db, req) => layoutInitiativeCalendar(await loadInitiativeCalendarModel(db, req.year, req.language)),
  'event-list': (db, req) => buildEventList(db, req.from, req.to, req.language),
  'mentor-appointment-letters': (db, req) => buildMentorAppointmentLetters(db, req.year, req.assignmentIds, req.language),
  'mentoring-report': (db, req) => buildMentoringReport(db, req.year, req.language),
  'visit-report': async (db, req) => layoutVisitReport(await loadVisitReportModel(db, req.visitId, req.language)),
  'school-term-report': (db, req) => buildSchoolTermReport(db, req.schoolId, req.year, req.term, req.language),
  'cluster-term-report': (db, req) => buildClusterTermReport(db, req.year, req.term, req.language),
  'cluster-profile': (db, req) => buildClusterProfile(db, req.year, req.language),
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
