/**
 * Records as spreadsheets: a range's visits with their lesson observations and ratings, the cluster's
 * ratings per criterion through a year, the mentoring pairs of a year, and the document register.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import { formatDate, todayLocal, type Language } from '../../../shared/dates';
import { dictionaries, fill } from '../../../shared/i18n';
import { listRegister } from '../documents/register';
import { readBoard } from '../mentoring/board';
import { clusterRatings, readCriteria } from '../visits/ratings';
import { listVisits } from '../visits/read';
import { type CellValue, Workbook } from './workbook';

type Made = Promise<{ title: string; data: Uint8Array }>;

/**
 * The lessons observed in a range, in visit order, each with its ratings by criterion: one read along the
 * visits' date index and the ratings' observation index, whatever the number of visits.
 */
async function observationsOf(db: Kysely<DB>, from: string, to: string) {
  const inRange = () => db.selectFrom('visits as v').innerJoin('observations as o', 'o.visit_id', 'v.id').where('v.date', '>=', from).where('v.date', '<=', to);
  // Ratings come joined per observation ("criterion:rating,…"): a tenth of the rows to hand over.
  const rows = await inRange()
    .innerJoin('schools as s', 's.id', 'v.school_id')
    .leftJoin('observation_ratings as r', 'r.observation_id', 'o.id')
    .select(['o.id', 'v.date', 's.abbreviation', 'o.teacher', 'o.class_name', 'o.subject', 'o.strengths', 'o.improvements'])
    .select(sql<string | null>`group_concat(r.criterion_id || ':' || r.rating)`.as('rated'))
    .groupBy('o.id')
    .orderBy('v.date')
    .orderBy('v.id')
    .orderBy('o.id')
    .execute();
  const ratingsOf = (rated: string | null) => new Map((rated ?? '').split(',').filter(Boolean).map((pair) => pair.split(':').map(Number) as [number, number]));
  return rows.map(({ rated, ...o }) => ({ ...o, ratings: ratingsOf(rated) }));
}

export async function visitsWorkbook(db: Kysely<DB>, cluster: string, language: Language, from: string, to: string): Made {
  const d = dictionaries[language];
  const [summaries, observations, criteria, written] = await Promise.all([
    listVisits(db, { from, to }),
    observationsOf(db, from, to),
    readCriteria(db),
    db.selectFrom('visits').select(['id', 'findings']).where('date', '>=', from).where('date', '<=', to).execute(),
  ]);
  const findingsOf = new Map(written.map((v) => [v.id, v.findings]));
  const what = fill(d.exports.visits, { from: formatDate(from), to: formatDate(to) });
  const title = { cluster, what, date: todayLocal() };
  const wb = new Workbook();
  wb.addSheet(
    d.exports.visitsSheet,
    title,
    [
      { header: d.visits.date, width: 12, type: 'date' },
      { header: d.visits.school, width: 14 },
      { header: d.school.name, width: 40 },
      { header: d.visits.purpose, width: 24 },
      { header: d.mentoring.status, width: 12 },
      { header: d.visits.officers, width: 36 },
      { header: d.exports.observations, width: 12, type: 'number' },
      { header: d.exports.averageRating, width: 12, type: 'number' },
      { header: d.exports.nextSteps, width: 12, type: 'number' },
      { header: d.exports.openSteps, width: 10, type: 'number' },
      { header: d.visits.findings, width: 60 },
    ],
    summaries.map((v) => [v.date, v.school, v.schoolName, inLanguage(v.purposeMs, v.purposeEn, language), d.visits.statusName[v.status], v.officers.join(', '), v.observations, v.averageRating, v.nextSteps, v.openNextSteps, findingsOf.get(v.id) ?? '']),
  );
  // One row per lesson observed, a column per criterion with its rating.
  const rows: CellValue[][] = observations.map((o) => [o.date, o.abbreviation, o.teacher, o.class_name, o.subject, ...criteria.map((c) => o.ratings.get(c.id) ?? null), o.strengths, o.improvements]);
  wb.addSheet(
    d.exports.observationsSheet,
    title,
    [
      { header: d.visits.date, width: 12, type: 'date' },
      { header: d.visits.school, width: 14 },
      { header: d.exports.teacher, width: 24 },
      { header: d.exports.className, width: 12 },
      { header: d.exports.subject, width: 18 },
      ...criteria.map((c) => ({ header: inLanguage(c.name_ms, c.name_en, language), width: 14, type: 'number' as const })),
      { header: d.exports.strengths, width: 36 },
      { header: d.exports.improvements, width: 36 },
    ],
    rows,
  );
  return { title: what, data: await wb.bytes() };
}

export async function ratingsWorkbook(db: Kysely<DB>, cluster: string, language: Language, year: number): Made {
  const d = dictionaries[language];
  const r = await clusterRatings(db, year);
  const what = fill(d.exports.ratings, { year });
  const average = (termNumber: number, criterionId: number) => r.ratings.find((x) => x.term === termNumber && x.criterionId === criterionId)?.average ?? null;
  const wb = new Workbook();
  wb.addSheet(
    d.exports.ratingsSheet,
    { cluster, what, date: todayLocal() },
    [{ header: d.exports.criterion, width: 40 }, ...r.terms.map((t) => ({ header: `${d.visits.term} ${t.term}`, width: 12, type: 'number' as const }))],
    [
      ...r.criteria.map((c) => [inLanguage(c.nameMs, c.nameEn, language), ...r.terms.map((t) => average(t.term, c.id))]),
      [d.exports.lessons, ...r.terms.map((t) => t.observations)],
    ],
  );
  return { title: what, data: await wb.bytes() };
}

export async function mentoringWorkbook(db: Kysely<DB>, cluster: string, language: Language, year: number): Made {
  const d = dictionaries[language];
  const board = await readBoard(db, year);
  const what = fill(d.exports.mentoring, { year });
  const pairs = [...board.mentors.flatMap((m) => m.assignments), ...board.ended];
  const wb = new Workbook();
  wb.addSheet(
    d.exports.mentoringSheet,
    { cluster, what, date: todayLocal() },
    [
      { header: d.exports.mentor, width: 32 },
      { header: d.exports.mentee, width: 32 },
      { header: d.visits.school, width: 14 },
      { header: d.mentoring.status, width: 12 },
      { header: d.exports.schedule, width: 12 },
      { header: d.exports.start, width: 12, type: 'date' },
      { header: d.exports.held, width: 10, type: 'number' },
      { header: d.exports.planned, width: 10, type: 'number' },
      { header: d.exports.lastSession, width: 12, type: 'date' },
      { header: d.exports.nextSession, width: 12, type: 'date' },
      { header: d.exports.overdue, width: 9 },
    ],
    pairs.map((p) => [p.mentor.name, p.mentee.name, p.mentee.school, d.mentoring.statusName[p.status], d.mentoring.scheduleName[p.schedule], p.startDate, p.sessionsHeld, p.sessionsPlanned, p.lastSessionDate, p.nextSessionDate, p.overdue ? d.exports.yes : '']),
  );
  return { title: what, data: await wb.bytes() };
}

export async function registerWorkbook(db: Kysely<DB>, cluster: string, language: Language, year: number | null): Made {
  const d = dictionaries[language];
  const { items } = await listRegister(db, { year, search: '' });
  const wb = new Workbook();
  wb.addSheet(
    d.exports.registerSheet,
    { cluster, what: year ? `${d.exports.register} ${year}` : d.exports.register, date: todayLocal() },
    [
      { header: d.register.number, width: 22 },
      { header: d.exports.revision, width: 8, type: 'number' },
      { header: d.register.date, width: 12, type: 'date' },
      { header: d.register.kind, width: 24 },
      { header: d.register.titleCol, width: 44 },
      { header: d.register.recipient, width: 28 },
      { header: d.register.language, width: 8 },
      { header: d.register.issuedBy, width: 24 },
      { header: d.exports.fileName, width: 44 },
      { header: 'SHA-256', width: 66 },
    ],
    items.map((e) => [e.referenceNo, e.revision, e.issuedOn, d.register.kinds[e.kind], e.title, e.recipient, e.language.toUpperCase(), e.issuedBy, e.fileName, e.sha256]),
  );
  return { title: d.exports.register, data: await wb.bytes() };
}
