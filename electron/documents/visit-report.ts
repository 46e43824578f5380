/**
 * The school visit report: one visit under the letterhead, with its details, findings, lesson observations
 * (each rated on the criteria), next steps, and room for the officers to sign and the head of school to
 * acknowledge. A cancelled visit still prints, marked as cancelled.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, todayLocal, type Language } from '../../shared/dates';
import type { School, TeamMember } from '../../shared/domain';
import type { ListEntry, Observation, Visit } from '../../shared/visits/types';
import { listTeam } from '../services/cluster/team';
import { getSchool } from '../services/schools/schools';
import { listEntries } from '../services/coded-lists';
import { getVisit } from '../services/visits/read';
import { loadLetterhead, officialDocument, para, run, textWidth, type Letterhead } from './letterhead';
import {
  ALERT,
  MUTED,
  detailsTable,
  gap,
  heading,
  headerRow,
  linesOf,
  noneLine,
  shares,
  shortDate,
  smallCell,
  stepStatus,
  subheading,
  table,
  textBlock,
  type Line,
} from './report-parts';

/** "3 – Baik": a rating with its word. */
export const ratingText = (rating: number, lh: Pick<Letterhead, 'd'>) => `${rating} – ${lh.d.doc.ratingName[rating - 1] ?? ''}`;

/** "1 Perlu penambahbaikan · 2 Memuaskan · 3 Baik · 4 Sangat baik". */
const ratingScale = (lh: Letterhead) => lh.d.doc.ratingName.map((name, i) => `${i + 1} ${name}`).join(' · ');

function roleOf(member: TeamMember | undefined, lh: Letterhead): string {
  if (!member) return '';
  return member.role === 'other' ? member.roleLabel : lh.d.teamRole[member.role];
}

function detailRows(v: Visit, school: School, team: TeamMember[], lh: Letterhead): [string, Line[]][] {
  const { d, language } = lh;
  const officers: Line[] = v.officerIds.map((id, i) => {
    const role = roleOf(
      team.find((m) => m.id === id),
      lh,
    );
    const name = v.officers[i] ?? '';
    return { text: role ? `${name} (${role})` : name };
  });
  const status: Line = { text: d.doc.visitStatus[v.status], bold: v.status !== 'done', color: v.status === 'cancelled' ? ALERT : undefined };
  return [
    [d.doc.schoolLabel, [{ text: school.name, bold: true }, { text: `${school.abbreviation} · ${d.level[school.level]}`, size: 18, color: MUTED }]],
    [d.doc.date, [{ text: formatLongDate(v.date, language) }]],
    [d.doc.purpose, [{ text: language === 'ms' ? v.purposeMs : v.purposeEn }]],
    [d.doc.officers, officers.length ? officers : [{ text: '—' }]],
    [d.doc.peopleMet, v.peopleMet.trim() ? linesOf(v.peopleMet) : [{ text: '—' }]],
    [d.doc.status, [status]],
    [d.doc.nextVisit, [{ text: v.nextVisitDate ? formatLongDate(v.nextVisitDate, language) : d.doc.notSet }]],
  ];
}

function observationTable(o: Observation, criteria: Map<number, ListEntry>, lh: Letterhead): Table {
  const { d, language } = lh;
  const rows: [string, Line[]][] = [
    [d.doc.teacher, [{ text: o.teacher, bold: true }]],
    [d.doc.className, [{ text: o.className || '—' }]],
    [d.doc.subject, [{ text: o.subject || '—' }]],
  ];
  for (const r of o.ratings) {
    const c = criteria.get(r.criterionId);
    const name = c ? (language === 'ms' ? c.nameMs : c.nameEn) : String(r.criterionId);
    rows.push([name, [{ text: ratingText(r.rating, lh), bold: r.rating >= 4, color: r.rating <= 1 ? ALERT : undefined }]]);
  }
  rows.push([d.doc.strengths, o.strengths.trim() ? linesOf(o.strengths) : [{ text: '—' }]]);
  rows.push([d.doc.improvements, o.improvements.trim() ? linesOf(o.improvements) : [{ text: '—' }]]);
  return detailsTable(rows, { labelShare: 38, keep: true });
}

function nextStepsTable(v: Visit, lh: Letterhead): Table {
  const { d } = lh;
  const widths = shares([5, 43, 19, 13, 20]);
  const w = (i: number) => widths[i] ?? 0;
  const today = todayLocal();
  return table(widths, [
    headerRow([d.doc.number, d.doc.step, d.doc.owner, d.doc.due, d.doc.status], widths, (i) => i === 0, 16),
    ...v.nextSteps.map(
      (s, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell(linesOf(s.text), w(1)),
            smallCell([{ text: s.owner || '—' }], w(2)),
            smallCell([{ text: s.dueDate ? shortDate(s.dueDate, d) : '—' }], w(3)),
            smallCell(stepStatus(s, today, d), w(4)),
          ],
        }),
    ),
  ]);
}

/** A signature: room to sign, a dotted line, then the name in brackets and the post. */
function signature(name: string | null, posts: string[]): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 600, after: 0 }, keepNext: true, keepLines: true, children: [run('……………………………………')] }),
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [run(name ? `(${name})` : '(……………………………………)', { bold: true })] }),
    ...posts.filter(Boolean).map((p) => new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [run(p, { size: 20 })] })),
  ];
}

/** Officers on the left, the head of school's acknowledgement on the right; no borders, kept on one page. */
function signatureBlock(v: Visit, school: School, team: TeamMember[], lh: Letterhead): Table {
  const { d } = lh;
  const half = Math.floor(textWidth() / 2);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const label = (text: string) => new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [run(text, { bold: true })] });
  const officers = v.officerIds.length
    ? v.officerIds.flatMap((id, i) => signature(v.officers[i] ?? null, [roleOf(team.find((m) => m.id === id), lh), lh.clusterName]))
    : signature(null, [d.doc.officerOf.replace('{{cluster}}', lh.clusterName)]);
  const head = school.leaders.find((l) => l.role === 'head');
  const left = [label(`${d.doc.reportedBy}:`), ...officers];
  const right = [
    label(`${d.doc.acknowledgedBy}:`),
    ...signature(head?.name ?? null, [head?.title || d.leaderRole.head, school.name]),
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [run(d.doc.signatureDate, { size: 20 })] }),
  ];
  const column = (children: Paragraph[]) =>
    new TableCell({ width: { size: half, type: WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, margins: { left: 0, right: 240 }, children });
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ cantSplit: true, children: [column(left), column(right)] })],
  });
}

export async function buildVisitReport(db: Kysely<DB>, visitId: number, language: Language): Promise<{ doc: Document; title: string }> {
  const v = await getVisit(db, visitId);
  const [lh, school, team, criteria] = await Promise.all([loadLetterhead(db, language), getSchool(db, v.schoolId), listTeam(db), listEntries(db, 'rubric_criteria', true)]);
  const { d } = lh;
  const date = formatLongDate(v.date, language);
  const title = `${d.doc.visitReportTitle} – ${v.school}, ${date}`;
  const byId = new Map(criteria.map((c) => [c.id, c]));

  const body: (Paragraph | Table)[] = [
    para(d.doc.visitReportTitle.toUpperCase(), { bold: true, size: 26, align: AlignmentType.CENTER, after: 60 }),
    para(`${school.name} · ${date}`, { size: 20, align: AlignmentType.CENTER, after: v.status === 'done' ? 200 : 120 }),
  ];
  if (v.status === 'cancelled') {
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
        border: { top: { style: BorderStyle.SINGLE, size: 12, color: ALERT, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 12, color: ALERT, space: 4 } },
        children: [run(d.doc.cancelledNotice, { bold: true, size: 24, color: ALERT })],
      }),
    );
  } else if (v.status === 'planned') {
    body.push(para(d.doc.plannedNotice, { align: AlignmentType.CENTER, after: 200, size: 20 }));
  }

  body.push(heading(d.doc.visitDetails, { before: 120 }), detailsTable(detailRows(v, school, team, lh)));

  body.push(heading(d.doc.findings), ...(v.findings.trim() ? textBlock(v.findings) : [noneLine(d.doc.noFindings)]));

  body.push(heading(d.doc.observations));
  if (v.observations.length === 0) body.push(noneLine(d.doc.noObservations));
  else {
    body.push(new Paragraph({ spacing: { after: 80 }, children: [run(`${d.doc.ratingScale}: `, { bold: true, size: 18 }), run(ratingScale(lh), { size: 18 })] }));
    v.observations.forEach((o, i) => {
      body.push(subheading(d.doc.observationN.replace('{{n}}', String(i + 1))), observationTable(o, byId, lh));
    });
  }

  body.push(heading(d.doc.nextSteps), ...(v.nextSteps.length ? [nextStepsTable(v, lh)] : [noneLine(d.doc.noNextSteps)]));

  body.push(gap(360), signatureBlock(v, school, team, lh));
  const doc = officialDocument(lh, { title, body });
  return { doc, title };
}
