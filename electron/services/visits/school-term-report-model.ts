/**
 * The school term report's model: the school and its leaders, the term's visits, the next steps the term
 * answers for, the officer's narrative and who signs. A fixed number of reads.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { SchoolTermReportModel } from '../../../shared/documents/school-term-report-model';
import type { Term } from '../../../shared/visits/types';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { getSchool } from '../schools/schools';
import { getTerm } from './coverage';
import { listFollowUp } from './follow-up';
import { readVisits } from './read';
import { getTermReport } from './term-reports';

/**
 * The next steps a term answers for: those raised at its visits, and earlier ones still open at its end or
 * closed during it. Steps of later visits are not the term's.
 */
export function stepsOfTerm<T extends { visitDate: string; closedOn: string | null }>(steps: T[], term: Pick<Term, 'start' | 'end'>): T[] {
  return steps.filter((s) => s.visitDate <= term.end && (s.visitDate >= term.start || s.closedOn === null || s.closedOn >= term.start));
}

export async function loadSchoolTermReportModel(
  db: Kysely<DB>,
  schoolId: number,
  year: number,
  termNumber: number,
  language: Language,
  date = todayLocal(),
): Promise<SchoolTermReportModel> {
  const [term, school, { letterhead, signatories }, steps, text] = await Promise.all([
    getTerm(db, year, termNumber),
    getSchool(db, schoolId),
    loadDocumentHead(db, language, { date }),
    listFollowUp(db, { schoolId, includeClosed: true }, date),
    getTermReport(db, schoolId, year, termNumber),
  ]);
  const visits = await readVisits(db, { from: term.start, to: term.end, schoolId });
  const head = school.leaders.find((l) => l.role === 'head');
  return {
    letterhead,
    today: date,
    term: { year, number: termNumber, start: term.start, end: term.end },
    school: {
      name: school.name,
      abbreviation: school.abbreviation,
      level: school.level,
      wseBand: school.wseBand,
      head: head ? { name: head.name, title: head.title } : null,
      deputies: school.leaders.filter((l) => l.role === 'deputy').map((l) => ({ name: l.name, title: l.title })),
    },
    visits: visits.map((v) => ({
      date: v.date,
      status: v.status,
      purpose: language === 'ms' ? v.purposeMs : v.purposeEn,
      officers: v.officers,
      observations: v.observations.length,
      findings: v.findings,
    })),
    nextSteps: stepsOfTerm(steps, term).map((s) => ({ text: s.text, owner: s.owner, visitDate: s.visitDate, dueDate: s.dueDate, closedOn: s.closedOn, closedNote: s.closedNote })),
    narrative: text.narrative,
    signOff: signOffFrom(letterhead, signatories),
  };
}
