/**
 * The school term report's model: the school and its leaders, the term's visits, the next steps the term
 * answers for, the officer's narrative and who signs. A fixed number of reads, each of the school and term only.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { SchoolTermReportModel } from '../../../shared/documents/school-term-report-model';
import type { Term, VisitStatus } from '../../../shared/visits/types';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { getSchool } from '../schools/schools';
import { getTerm } from './coverage';
import { listTermSteps } from './follow-up';
import { readImprovement, schoolImprovement } from './term-improvement';
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
  const term = await getTerm(db, year, termNumber);
  const termVisits = () => db.selectFrom('visits as v').where('v.school_id', '=', schoolId).where('v.date', '>=', term.start).where('v.date', '<=', term.end);
  const [school, { letterhead, signatories }, steps, text, visits, officers, improvement] = await Promise.all([
    getSchool(db, schoolId),
    loadDocumentHead(db, language, { date }),
    listTermSteps(db, term, schoolId, date),
    getTermReport(db, schoolId, year, termNumber),
    termVisits()
      .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
      .select(['v.id', 'v.date', 'v.status', 'v.findings', 'p.name_ms', 'p.name_en'])
      .select((eb) => eb.selectFrom('observations as o').select((x) => x.fn.countAll<number>().as('n')).whereRef('o.visit_id', '=', 'v.id').as('observations'))
      .orderBy('v.date')
      .orderBy('v.id')
      .execute(),
    termVisits()
      .innerJoin('visit_officers as o', 'o.visit_id', 'v.id')
      .innerJoin('people as p', 'p.id', 'o.person_id')
      .select(['o.visit_id', 'p.name'])
      .orderBy('p.position')
      .orderBy('p.id')
      .execute(),
    readImprovement(db, year, language, schoolId),
  ]);
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
      status: v.status as VisitStatus,
      purpose: language === 'ms' ? v.name_ms : v.name_en,
      officers: officers.filter((o) => o.visit_id === v.id).map((o) => o.name),
      observations: Number(v.observations ?? 0),
      findings: v.findings,
    })),
    nextSteps: stepsOfTerm(steps, term).map((s) => ({ text: s.text, owner: s.owner, visitDate: s.visitDate, dueDate: s.dueDate, closedOn: s.closedOn, closedNote: s.closedNote })),
    narrative: text.narrative,
    improvement: schoolImprovement(improvement, schoolId, year),
    signOff: signOffFrom(letterhead, signatories),
  };
}
