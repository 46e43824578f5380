/**
 * A school's SIP review report: the plan's details, the reviews with their reviewers and overall findings,
 * each priority with its WSE aspects, its targets (baseline → target, due date, each review's progress and
 * evidence side by side) and its actions, the next steps from the year's visits that serve the plan, and
 * the sign-off.
 */
import { Paragraph, TableRow, TextRun, type Document, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import { sipReviewTitle, type SipReviewModel, type SipReviewPriority } from '../../shared/documents/sip-review-model';
import { dictionaries, fill, type Dictionary } from '../../shared/i18n';
import { baselineToTarget, progressLine } from './kit/improvement-cells';
import {
  ALERT,
  DONE,
  MUTED,
  STYLE,
  body as bodyText,
  caption,
  columnWidths,
  detailsTable,
  heading1,
  heading2,
  headerRow,
  linesOf,
  noneLine,
  officialDocument,
  shortDate,
  signOffBlock,
  smallCell,
  stepStatus,
  subtitle,
  table,
  textBlock,
  title as titleLine,
  type Line,
} from './kit';

const DASH = '—';

function reviewersTable(m: SipReviewModel, d: Dictionary): Table {
  const k = d.improvementDocs;
  const widths = columnWidths([16, 16, 34, 34]);
  const w = (i: number) => widths[i] ?? 0;
  const person = (p: { name: string; post: string; school?: string } | null): Line[] =>
    p ? [{ text: p.name, bold: true }, ...[p.post, p.school ?? ''].filter(Boolean).map((t) => ({ text: t, size: 16, color: MUTED }))] : [{ text: DASH }];
  return table(widths, [
    headerRow([k.reviewsHeading, k.reviewDate, k.reviewer, k.peerReviewer], widths, () => false, 16),
    ...m.reviews.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: fill(k.reviewN, { n: r.number }), bold: true }], w(0)),
            smallCell([{ text: r.date ? shortDate(r.date, d) : DASH }], w(1)),
            smallCell(person(r.reviewer), w(2)),
            smallCell(person(r.peer), w(3)),
          ],
        }),
    ),
  ]);
}

/** The targets of a priority: one progress column per review (none before the first review). */
function targetsTable(p: SipReviewPriority, m: SipReviewModel, d: Dictionary): Table {
  const k = d.improvementDocs;
  const reviews = m.reviews.length;
  // The review columns share 40% of the width; before any review the measure takes it.
  const widths = columnWidths(reviews ? [7, 28, 14, 11, ...Array<number>(reviews).fill(40 / reviews)] : [7, 55, 22, 16]);
  const w = (i: number) => widths[i] ?? 0;
  const statusLine = (s: SipReviewPriority['targets'][number]['status']): Line[] =>
    s === 'open' ? [] : [{ text: k.targetStatus[s], size: 16, bold: true, color: s === 'met' ? DONE : s === 'not-met' ? ALERT : MUTED }];
  return table(widths, [
    headerRow([k.ref, k.measure, k.baselineTarget, k.due, ...m.reviews.map((r) => fill(k.reviewN, { n: r.number }))], widths, (i) => i === 0, 16),
    ...p.targets.map(
      (t) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: t.ref }], w(0), { align: 'center' }),
            smallCell([...linesOf(t.measure), ...statusLine(t.status)], w(1)),
            smallCell([{ text: baselineToTarget(t.baseline, t.target, t.unit) }], w(2)),
            smallCell([{ text: shortDate(t.dueDate, d) }], w(3)),
            ...t.progress.map((x, i) =>
              smallCell(x ? [progressLine(x.progress, d), ...linesOf(x.evidence, { size: 16 })] : [{ text: k.notReviewed, italics: true, color: MUTED }], w(4 + i)),
            ),
          ],
        }),
    ),
  ]);
}

function actionsTable(p: SipReviewPriority, d: Dictionary): Table {
  const k = d.improvementDocs;
  const widths = columnWidths([7, 41, 18, 18, 16]);
  const w = (i: number) => widths[i] ?? 0;
  const period = (a: SipReviewPriority['actions'][number]) =>
    a.start && a.end ? `${shortDate(a.start, d)} – ${shortDate(a.end, d)}` : a.start ? `${shortDate(a.start, d)} –` : a.end ? `– ${shortDate(a.end, d)}` : DASH;
  const colour = { done: DONE, 'in-progress': undefined, 'not-started': MUTED, dropped: MUTED } as const;
  return table(widths, [
    headerRow([k.ref, k.what, d.doc.owner, k.period, k.status], widths, (i) => i === 0, 16),
    ...p.actions.map(
      (a) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: a.ref }], w(0), { align: 'center' }),
            smallCell(linesOf(a.what), w(1)),
            smallCell([{ text: a.owner || DASH }], w(2)),
            smallCell([{ text: period(a) }], w(3)),
            smallCell([{ text: k.actionStatus[a.status], color: colour[a.status], bold: a.status === 'done' || undefined }], w(4)),
          ],
        }),
    ),
  ]);
}

function stepsTable(m: SipReviewModel, d: Dictionary): Table {
  const k = d.improvementDocs;
  const widths = columnWidths([5, 25, 14, 16, 11, 11, 18]);
  const w = (i: number) => widths[i] ?? 0;
  return table(widths, [
    headerRow([d.doc.number, d.doc.step, k.serves, d.doc.owner, d.doc.visit, d.doc.due, d.doc.status], widths, (i) => i === 0, 16),
    ...m.nextSteps.map(
      (s, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            smallCell([{ text: String(i + 1) }], w(0), { align: 'center' }),
            smallCell(linesOf(s.text), w(1)),
            smallCell([{ text: fill(s.serves.kind === 'target' ? k.servesTarget : k.servesAction, { ref: s.serves.ref }) }], w(2)),
            smallCell([{ text: s.owner || DASH }], w(3)),
            smallCell([{ text: shortDate(s.visitDate, d) }], w(4)),
            smallCell([{ text: s.dueDate ? shortDate(s.dueDate, d) : DASH }], w(5)),
            smallCell(stepStatus(s, m.today, d), w(6)),
          ],
        }),
    ),
  ]);
}

export function layoutSipReview(m: SipReviewModel): { doc: Document; title: string } {
  const { language } = m.letterhead;
  const d = dictionaries[language];
  const k = d.improvementDocs;
  const title = sipReviewTitle(d, m.year, m.school.abbreviation);
  const s = m.school;
  const body: (Paragraph | Table)[] = [
    titleLine(title.toUpperCase()),
    subtitle(`${s.name} · ${k.year} ${m.year}`),
    heading1(k.planDetails),
    detailsTable([
      [d.doc.schoolLabel, [{ text: s.name, bold: true }]],
      [d.doc.level, [{ text: d.level[s.level] }]],
      [d.doc.head, s.head ? [{ text: s.head.title ? `${s.head.name} (${s.head.title})` : s.head.name }] : [{ text: DASH }]],
      [k.year, [{ text: String(m.year) }]],
      ...(m.notes.trim() ? [[k.planNotes, linesOf(m.notes)] as [string, Line[]]] : []),
    ]),
  ];

  body.push(heading1(k.reviewsHeading));
  if (m.reviews.length === 0) body.push(noneLine(k.noReviews));
  else {
    body.push(reviewersTable(m, d));
    for (const r of m.reviews) {
      body.push(heading2(`${fill(k.reviewN, { n: r.number })}${r.date ? ` — ${formatLongDate(r.date, language)}` : ''}: ${k.findings}`));
      body.push(...(r.findings.trim() ? textBlock(r.findings, { styled: true }) : [noneLine(k.noFindings)]));
    }
  }

  body.push(heading1(k.prioritiesHeading));
  if (m.priorities.length === 0) body.push(noneLine(k.noPriorities));
  for (const p of m.priorities) {
    body.push(heading2(fill(k.priorityN, { n: p.number, title: p.title })));
    if (p.description.trim()) body.push(...textBlock(p.description, { styled: true }));
    if (p.aspects.length) {
      body.push(
        new Paragraph({
          style: STYLE.body,
          keepNext: true,
          children: [new TextRun({ text: `${k.aspects}: `, bold: true }), new TextRun(p.aspects.map((a) => `${a.code} ${a.name}`).join('; '))],
        }),
      );
    }
    body.push(caption(k.targets, { keepNext: true }));
    body.push(p.targets.length ? targetsTable(p, m, d) : noneLine(k.noTargets));
    body.push(caption(k.actions, { keepNext: true }));
    body.push(p.actions.length ? actionsTable(p, d) : noneLine(k.noActions));
  }

  body.push(heading1(k.stepsHeading));
  if (m.nextSteps.length === 0) body.push(noneLine(k.noSteps, { keepNext: true }));
  else body.push(bodyText(fill(k.stepsNote, { year: m.year }), { keepNext: true }), stepsTable(m, d));

  const doc = officialDocument(m.letterhead, { title, subject: k.sipReviewSubject, body, end: signOffBlock(m.signOff, language) });
  return { doc, title };
}
