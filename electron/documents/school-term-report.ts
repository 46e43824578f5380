/**
 * A school's term report: the school and its leaders, the term's visits and observations, the key findings
 * of each visit, the next steps the term answers for, and the officer's narrative.
 */
import { AlignmentType, Paragraph, TableRow, type Document, type Table } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, todayLocal, type Language } from '../../shared/dates';
import type { FollowUpItem, Visit } from '../../shared/visits/types';
import { getSchool } from '../services/schools/schools';
import { getTerm } from '../services/visits/coverage';
import { listFollowUp } from '../services/visits/follow-up';
import { readVisits } from '../services/visits/read';
import { getTermReport } from '../services/visits/term-reports';
import { formatDateRange, loadLetterhead, officialDocument, para, run, type Letterhead } from './letterhead';
import {
  ALERT,
  MUTED,
  detailsTable,
  heading,
  headerRow,
  linesOf,
  noneLine,
  schoolTermTitle,
  shares,
  shortDate,
  smallCell,
  stepStatus,
  stepsOfTerm,
  subheading,
  table,
  textBlock,
  type Line,
} from './report-parts';

const purposeOf = (v: Visit, language: Language) => (language === 'ms' ? v.purposeMs : v.purposeEn);

function visitsTable(visits: Visit[], lh: Letterhead): Table {
  const { d, language } = lh;
  const widths = shares([5, 15, 26, 30, 13, 11]);
  const w = (i: number) => widths[i] ?? 0;
  return table(widths, [
    headerRow([d.doc.number, d.doc.date, d.doc.purpose, d.doc.officers, d.doc.observationCount, d.doc.status], widths, (i) => i === 0 || i === 4, 16),
    ...visits.map(
      (v, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell([{ text: shortDate(v.date, d) }], w(1)),
            smallCell([{ text: purposeOf(v, language) }], w(2)),
            smallCell(v.officers.map((o) => ({ text: o })), w(3)),
            smallCell([{ text: String(v.observations.length) }], w(4), { align: 'center' }),
            smallCell([{ text: d.doc.visitStatus[v.status], color: v.status === 'cancelled' ? ALERT : undefined }], w(5)),
          ],
        }),
    ),
  ]);
}

function stepsTable(steps: FollowUpItem[], lh: Letterhead): Table {
  const { d } = lh;
  const widths = shares([5, 34, 16, 13, 13, 19]);
  const w = (i: number) => widths[i] ?? 0;
  const today = todayLocal();
  const short = (date: string | null): Line[] => [{ text: date ? shortDate(date, d) : '—' }];
  return table(widths, [
    headerRow([d.doc.number, d.doc.step, d.doc.owner, d.doc.visit, d.doc.due, d.doc.status], widths, (i) => i === 0, 16),
    ...steps.map(
      (s, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell(linesOf(s.text), w(1)),
            smallCell([{ text: s.owner || '—' }], w(2)),
            smallCell(short(s.visitDate), w(3)),
            smallCell(short(s.dueDate), w(4)),
            smallCell(stepStatus(s, today, d), w(5)),
          ],
        }),
    ),
  ]);
}

export async function buildSchoolTermReport(
  db: Kysely<DB>,
  schoolId: number,
  year: number,
  termNumber: number,
  language: Language,
): Promise<{ doc: Document; title: string }> {
  const term = await getTerm(db, year, termNumber);
  const school = await getSchool(db, schoolId);
  const [lh, visits, followUp, text] = await Promise.all([
    loadLetterhead(db, language),
    readVisits(db, { from: term.start, to: term.end, schoolId }),
    listFollowUp(db, { schoolId, includeClosed: true }),
    getTermReport(db, schoolId, year, termNumber),
  ]);
  const { d } = lh;
  const title = schoolTermTitle(d, year, termNumber, school.abbreviation);
  const range = formatDateRange(term.start, term.end, language);
  const done = visits.filter((v) => v.status === 'done');
  const observations = done.reduce((n, v) => n + v.observations.length, 0);
  const steps = stepsOfTerm(followUp, term);

  const head = school.leaders.find((l) => l.role === 'head');
  const deputies = school.leaders.filter((l) => l.role === 'deputy');
  const leaderLine = (l: { name: string; title: string }): Line => ({ text: l.title ? `${l.name} (${l.title})` : l.name });

  const body: (Paragraph | Table)[] = [
    para(title.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
    para(school.name, { size: 22, align: AlignmentType.CENTER, after: 20 }),
    para(`${term.name} · ${range}`, { size: 20, align: AlignmentType.CENTER, after: 200 }),
    heading(d.doc.schoolDetails, { before: 120 }),
    detailsTable([
      [d.doc.schoolLabel, [{ text: school.name, bold: true }]],
      [d.doc.abbreviation, [{ text: school.abbreviation }]],
      [d.doc.level, [{ text: d.level[school.level] }]],
      [d.doc.wseBand, [{ text: school.wseBand ? String(school.wseBand) : d.doc.notSet }]],
      [d.doc.head, head ? [leaderLine(head)] : [{ text: '—' }]],
      [d.doc.deputies, deputies.length ? deputies.map(leaderLine) : [{ text: '—' }]],
      [d.doc.termDates, [{ text: `${term.name}: ${range}` }]],
    ]),
    heading(d.doc.visitsInTerm),
  ];

  if (visits.length === 0) body.push(noneLine(d.doc.noVisits));
  else {
    body.push(
      new Paragraph({
        spacing: { after: 100 },
        children: [run(d.doc.visitsSummary.replace('{{done}}', String(done.length)).replace('{{observations}}', String(observations)), { size: 20, bold: true })],
      }),
      visitsTable(visits, lh),
    );
  }

  body.push(heading(d.doc.keyFindings));
  const withFindings = visits.filter((v) => v.status !== 'cancelled' && v.findings.trim());
  if (withFindings.length === 0) body.push(noneLine(d.doc.noFindings));
  for (const v of withFindings) body.push(subheading(`${formatLongDate(v.date, language)} — ${purposeOf(v, language)}`), ...textBlock(v.findings));

  body.push(heading(d.doc.nextSteps));
  if (steps.length === 0) body.push(noneLine(d.doc.noNextSteps));
  else body.push(new Paragraph({ spacing: { after: 100 }, children: [run(d.doc.termStepsNote, { size: 18, italics: true, color: MUTED })] }), stepsTable(steps, lh));

  body.push(heading(d.doc.narrative), ...(text.narrative.trim() ? textBlock(text.narrative) : [noneLine(d.doc.noNarrative)]));

  const doc = officialDocument(lh, { title, body });
  return { doc, title };
}
