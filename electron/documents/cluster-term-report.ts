/**
 * The cluster's term report: every active school's visits, observations and next steps in one table with
 * totals, the visits each officer made, the cluster's highlights and challenges, and the list of the
 * school reports that go with it.
 */
import { AlignmentType, Paragraph, TabStopType, TableRow, type Document, type Table } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Language } from '../../shared/dates';
import type { SchoolSummary } from '../../shared/domain';
import { listSchools } from '../services/schools/schools';
import { coverage, getTerm } from '../services/visits/coverage';
import { listFollowUp } from '../services/visits/follow-up';
import { readVisits } from '../services/visits/read';
import { getTermReport } from '../services/visits/term-reports';
import { formatDateRange, loadLetterhead, officialDocument, para, run, textWidth, type Letterhead } from './letterhead';
import { ALERT, MUTED, TOTAL_FILL, cell, heading, headerRow, noneLine, schoolTermTitle, shares, stepsOfTerm, table, textBlock, type Line } from './report-parts';

interface SchoolRow {
  school: SchoolSummary;
  visits: number;
  observations: number;
  open: number;
  overdue: number;
  closed: number;
}

function summaryTable(rows: SchoolRow[], lh: Letterhead): Table {
  const { d } = lh;
  const widths = shares([5, 32, 14, 11, 14, 12, 12]);
  const w = (i: number) => widths[i] ?? 0;
  const overdueLine = (n: number): Line[] => (n > 0 ? [{ text: `${n} ${d.doc.stepOverdue.toLowerCase()}`, size: 16, bold: true, color: ALERT }] : []);
  const sum = (k: 'visits' | 'observations' | 'open' | 'overdue' | 'closed') => rows.reduce((n, r) => n + r[k], 0);
  const number = (n: number, i: number, extra: Line[] = [], bold = false, fill?: string) =>
    cell([{ text: String(n), bold }, ...extra], w(i), { align: 'center', fill, size: 18 });
  return table(widths, [
    headerRow([d.doc.number, d.doc.school, d.doc.abbreviation, d.doc.visitsDone, d.doc.observationCount, d.doc.stepsOpen, d.doc.stepsClosed], widths, (i) => i !== 1, 16),
    ...rows.map(
      (r, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([{ text: String(i + 1) }], w(0), { align: 'center', size: 18 }),
            cell([{ text: r.school.name }], w(1), { size: 18 }),
            // A no-break space keeps "SR HMJMQ" on one line.
            cell([{ text: r.school.abbreviation.replace(/ /g, '\u00a0') }], w(2), { align: 'center', size: 18 }),
            number(r.visits, 3, [], false),
            number(r.observations, 4),
            number(r.open, 5, overdueLine(r.overdue)),
            number(r.closed, 6),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      children: [
        cell([{ text: d.doc.total, bold: true }], w(0) + w(1) + w(2), { span: 3, fill: TOTAL_FILL, size: 18 }),
        number(sum('visits'), 3, [], true, TOTAL_FILL),
        number(sum('observations'), 4, [], true, TOTAL_FILL),
        number(sum('open'), 5, overdueLine(sum('overdue')), true, TOTAL_FILL),
        number(sum('closed'), 6, [], true, TOTAL_FILL),
      ],
    }),
  ]);
}

export async function buildClusterTermReport(db: Kysely<DB>, year: number, termNumber: number, language: Language): Promise<{ doc: Document; title: string }> {
  const term = await getTerm(db, year, termNumber);
  const [lh, cov, schools, visits, followUp, text] = await Promise.all([
    loadLetterhead(db, language),
    coverage(db, year, termNumber),
    listSchools(db, { search: '', level: null, includeArchived: false, sort: 'number', direction: 'asc' }),
    readVisits(db, { from: term.start, to: term.end }),
    listFollowUp(db, { schoolId: null, includeClosed: true }),
    getTermReport(db, null, year, termNumber),
  ]);
  const narratives = await Promise.all(schools.items.map((s) => getTermReport(db, s.id, year, termNumber)));
  const { d } = lh;
  const title = d.doc.clusterTermTitle.replace('{{cluster}}', lh.clusterName).replace('{{term}}', String(termNumber)).replace('{{year}}', String(year));
  const range = formatDateRange(term.start, term.end, language);
  const steps = stepsOfTerm(followUp, term);

  const rows: SchoolRow[] = schools.items.map((school) => {
    const mine = steps.filter((s) => s.schoolId === school.id);
    return {
      school,
      visits: cov.schools.find((c) => c.schoolId === school.id)?.total ?? 0,
      observations: visits.filter((v) => v.schoolId === school.id && v.status === 'done').reduce((n, v) => n + v.observations.length, 0),
      open: mine.filter((s) => s.closedOn === null).length,
      overdue: mine.filter((s) => s.overdue).length,
      closed: mine.filter((s) => s.closedOn !== null).length,
    };
  });

  const body: (Paragraph | Table)[] = [
    para(title.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
    para(`${term.name} · ${range}`, { size: 20, align: AlignmentType.CENTER, after: 200 }),
  ];
  if (text.narrative.trim()) body.push(heading(d.doc.overview, { before: 120 }), ...textBlock(text.narrative));

  body.push(heading(d.doc.summaryBySchool, { before: text.narrative.trim() ? 280 : 120 }), summaryTable(rows, lh));
  if (cov.officers.length) {
    body.push(
      new Paragraph({
        spacing: { before: 120, after: 80 },
        children: [run(`${d.doc.visitsByOfficer}: `, { bold: true, size: 20 }), run(cov.officers.map((o) => `${o.name} (${o.visits})`).join('; '), { size: 20 })],
      }),
    );
  }

  body.push(heading(d.doc.highlights), ...(text.highlights.trim() ? textBlock(text.highlights) : [noneLine(d.doc.noHighlights)]));
  body.push(heading(d.doc.challenges), ...(text.challenges.trim() ? textBlock(text.challenges) : [noneLine(d.doc.noChallenges)]));

  // One line a school: its report's title, and a note at the right margin where the narrative is still to write.
  body.push(heading(d.doc.schoolReports), new Paragraph({ spacing: { after: 80 }, children: [run(d.doc.schoolReportsNote, { size: 20 })] }));
  schools.items.forEach((s, i) => {
    const written = Boolean(narratives[i]?.narrative.trim());
    body.push(
      new Paragraph({
        spacing: { after: 20 },
        indent: { left: 480, hanging: 480 },
        tabStops: [
          { type: TabStopType.LEFT, position: 480 },
          { type: TabStopType.RIGHT, position: textWidth() },
        ],
        children: [
          run(`${i + 1}.\t`, { size: 20 }),
          run(schoolTermTitle(d, year, termNumber, s.abbreviation), { size: 20 }),
          ...(written ? [] : [run(`\t${d.doc.narrativeMissing}`, { size: 18, italics: true, color: MUTED })]),
        ],
      }),
    );
  });

  const doc = officialDocument(lh, { title, body });
  return { doc, title };
}
