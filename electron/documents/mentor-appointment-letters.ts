/**
 * Mentor appointment letters: one formal letter per appointed pair, each on its own page under the cluster
 * letterhead, addressed to the mentor, signed by the cluster head (or the alternate signatory when the mentor
 * is the cluster head) and copied to the mentee.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, type Language } from '../../shared/dates';
import type { TeamMember } from '../../shared/domain';
import { bi, validationError } from '../../shared/errors';
import type { Assignment, MentoringPerson } from '../../shared/mentoring/types';
import { letterSigner, type Signatories, type Signatory } from '../../shared/documents/signatories';
import { listTeam } from '../services/cluster/team';
import { postOf as postOfMember } from '../services/cluster/letterhead-model';
import { loadSignatories } from '../services/documents/signatories';
import { readAssignments } from '../services/mentoring/read';
import { formatDateRange, loadLetterhead, officialLetters, run, textWidth, type Letterhead } from './letterhead';

/** Paragraph numbers hang in the first centimetre; the text and the competency table line up after them. */
const INDENT = 567;
const GRID = 'A6A6A6';
const HEAD_FILL = 'D9E2F3';

/** Pairs that have been appointed: letters are written for these. */
const LETTER_STATUSES = new Set<Assignment['status']>(['appointed', 'active']);

/** Someone's post as a letter names it: their title, else their role on the team or at school. */
function postOf(p: MentoringPerson, team: TeamMember[], lh: Letterhead): string {
  if (p.title) return p.title;
  const member = team.find((m) => m.id === p.id);
  if (member) return postOfMember(member, lh.language);
  return p.leaderRole ? lh.d.leaderRole[p.leaderRole] : '';
}

/** The school's full name, or the cluster for the office's own people. */
const placeOf = (p: MentoringPerson, schoolNames: Map<number, string>, lh: Letterhead) =>
  (p.schoolId !== null ? (schoolNames.get(p.schoolId) ?? p.school) : null) ?? lh.clusterName;

/** A date or date range that wraps only after its dash: "1 Mac –" / "30 September 2023", never "30" / "September". */
const unbroken = (dates: string) => dates.replace(/ /g, '\u00a0').replace('–\u00a0', '– ');

/** A template's text as runs, with `{{key}}` filled in; the values marked bold stand out. */
function fill(template: string, values: Record<string, { text: string; bold?: boolean }>): TextRun[] {
  return template
    .split(/(\{\{\w+\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const value = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      const v = value !== undefined ? values[value] : undefined;
      return v ? run(v.text, { bold: v.bold }) : run(part);
    });
}

/** A body paragraph, justified; numbered ones ("2.") hang their number in the margin column. */
function bodyPara(n: number | null, children: TextRun[], after = 160): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { after },
    indent: n === null ? undefined : { left: INDENT, hanging: INDENT },
    children: n === null ? children : [run(`${n}.`), new TextRun({ children: [new Tab()] }), ...children],
  });
}

const line = (text: string, opts: { bold?: boolean; after?: number; size?: number; keepNext?: boolean } = {}) =>
  new Paragraph({ spacing: { after: opts.after ?? 0 }, keepNext: opts.keepNext, children: [run(text, { bold: opts.bold, size: opts.size })] });

function cell(text: string, width: number, opts: { bold?: boolean; fill?: string; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold: opts.bold, size: 20 })] })],
  });
}

/** The focus competencies with their baseline and target levels, indented under the paragraph text. */
function focusTable(a: Assignment, lh: Letterhead): Table {
  const { d, language } = lh;
  const total = textWidth() - INDENT;
  const level = 1600;
  const widths = [total - 2 * level, level, level];
  const w = (i: number) => widths[i] ?? level;
  const border = { style: BorderStyle.SINGLE, size: 4, color: GRID };
  const levelText = (n: number) => d.doc.levelN.replace('{{level}}', String(n));
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    indent: { size: INDENT, type: WidthType.DXA },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [d.doc.competency, d.doc.baseline, d.doc.target].map((h, i) => cell(h, w(i), { bold: true, fill: HEAD_FILL, center: i > 0 })),
      }),
      ...a.focus.map(
        (f) =>
          new TableRow({
            cantSplit: true,
            children: [cell(`${f.code}  ${language === 'ms' ? f.nameMs : f.nameEn}`, w(0)), cell(levelText(f.baseline), w(1), { center: true }), cell(levelText(f.target), w(2), { center: true })],
          }),
      ),
    ],
  });
}

/**
 * "Yang benar," / "Yours faithfully,", room to sign, then the signer's name and post. The signer is never
 * the mentor the letter appoints: then the alternate signs, on behalf of the cluster head.
 */
function signatureBlock(lh: Letterhead, signer: Signatory | null, onBehalf: boolean): Paragraph[] {
  const { d } = lh;
  const post = !signer ? '' : signer.role === 'cluster_head' ? d.doc.signatory.replace('{{cluster}}', lh.clusterName) : postOfMember(signer, lh.language);
  // Kept together on one page: a signature never stands apart from its name.
  return [
    line(d.doc.letterThanks, { after: 240, keepNext: true }),
    line(d.doc.yoursFaithfully, { keepNext: true }),
    // Room for the signature and the office stamp.
    ...Array.from({ length: 4 }, () => line('', { keepNext: true })),
    line(signer ? `(${signer.name})` : '(………………………………………………)', { bold: true, keepNext: true }),
    ...(onBehalf ? [line(post, { keepNext: true }), line(d.doc.onBehalfOf.replace('{{cluster}}', lh.clusterName))] : [line(post || d.doc.signatory.replace('{{cluster}}', lh.clusterName))]),
  ];
}

/** "s.k. / c.c." the mentee: name, post and school, aligned after the label. */
function copyTo(lh: Letterhead, lines: string[]): Paragraph {
  const children: TextRun[] = [run(lh.d.doc.copyTo, { size: 20 }), new TextRun({ children: [new Tab()] })];
  lines.forEach((text, i) => {
    if (i > 0) children.push(new TextRun({ break: 1 }));
    children.push(run(text, { size: 20 }));
  });
  return new Paragraph({ spacing: { before: 360, after: 0 }, indent: { left: INDENT, hanging: INDENT }, children });
}

function letter(a: Assignment, lh: Letterhead, team: TeamMember[], schoolNames: Map<number, string>, signatories: Signatories): (Paragraph | Table)[] {
  const { d, language } = lh;
  const { signer, onBehalf } = letterSigner(signatories, a.mentor.id);
  const cluster = lh.clusterName;
  const mentee = a.mentee;
  const menteePost = postOf(mentee, team, lh);
  const menteeSchool = placeOf(mentee, schoolNames, lh);
  const period =
    a.startDate && a.endDate
      ? d.doc.periodRange.replace('{{range}}', unbroken(formatDateRange(a.startDate, a.endDate, language)))
      : a.startDate
        ? d.doc.periodFrom.replace('{{date}}', unbroken(formatLongDate(a.startDate, language)))
        : '';

  const out: (Paragraph | Table)[] = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth() }],
      spacing: { after: 240 },
      children: [run(`${d.doc.ourRef}: ${a.referenceNo}`), new TextRun({ children: [new Tab()] }), run(formatLongDate(a.appointedOn ?? lh.date, language))],
    }),
    line(a.mentor.name, { bold: true }),
    ...[postOf(a.mentor, team, lh), placeOf(a.mentor, schoolNames, lh)].filter(Boolean).map((t) => line(t)),
    line('', { after: 120 }),
    line(d.doc.salutation, { after: 200 }),
    new Paragraph({
      spacing: { after: 200 },
      children: [run(d.doc.letterSubject.replace('{{cluster}}', cluster).replace('{{year}}', String(a.year)).toUpperCase(), { bold: true })],
    }),
    bodyPara(null, [run(d.doc.letterOpening)]),
  ];
  let n = 2;
  out.push(
    bodyPara(
      n++,
      fill(d.doc.letterAppointment, {
        mentee: { text: [mentee.name, menteePost, menteeSchool].filter(Boolean).join(', '), bold: true },
        cluster: { text: cluster },
        year: { text: String(a.year) },
        period: { text: period },
      }),
    ),
  );
  out.push(bodyPara(n++, fill(d.doc.letterSchedule, { schedule: { text: d.doc.schedule[a.schedule], bold: true } }), a.focus.length ? 120 : 160));
  if (a.focus.length) {
    out.push(focusTable(a, lh));
    out.push(new Paragraph({ spacing: { after: 40 }, children: [] }));
  }
  const goals = a.goals.trim();
  if (goals) out.push(bodyPara(n++, fill(d.doc.letterGoals, { goals: { text: goals } })));
  out.push(bodyPara(n, [run(d.doc.letterClosing)], 240));
  out.push(...signatureBlock(lh, signer, onBehalf));
  out.push(copyTo(lh, [mentee.name, menteePost, menteeSchool].filter(Boolean)));
  return out;
}

/** The pairs to write to: the chosen ones (all of that year), else every appointed or active pair of the year. */
async function pairsFor(db: Kysely<DB>, year: number, ids: number[] | undefined): Promise<Assignment[]> {
  if (ids !== undefined) {
    const wanted = [...new Set(ids)];
    const pairs = await readAssignments(db, { year, ids: wanted });
    const missing = wanted.filter((id) => !pairs.some((p) => p.id === id));
    if (missing.length) {
      throw validationError(
        'assignmentIds',
        bi(
          `${missing.length === 1 ? 'Pair' : 'Pairs'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the ${year} programme.`,
          `Pasangan ${missing.join(', ')} tiada dalam program tahun ${year}.`,
        ),
      );
    }
    const proposed = pairs.filter((p) => p.status === 'proposed');
    if (proposed.length) {
      const names = proposed.map((p) => p.mentee.name).join(', ');
      throw validationError(
        'assignmentIds',
        bi(`Only proposed, not yet appointed: ${names}. Appoint the pair before writing its letter.`, `Masih dicadangkan, belum dilantik: ${names}. Lantik pasangan ini sebelum menyediakan suratnya.`),
      );
    }
    if (pairs.length === 0) throw validationError('assignmentIds', bi('Choose at least one pair.', 'Pilih sekurang-kurangnya satu pasangan.'));
    return pairs;
  }
  const pairs = (await readAssignments(db, { year })).filter((p) => LETTER_STATUSES.has(p.status));
  if (pairs.length === 0) {
    throw validationError('year', bi(`No appointed pairs in ${year} to write letters for.`, `Tiada pasangan yang dilantik pada tahun ${year} untuk disediakan surat.`));
  }
  return pairs;
}

export async function buildMentorAppointmentLetters(
  db: Kysely<DB>,
  year: number,
  assignmentIds: number[] | undefined,
  language: Language,
): Promise<{ doc: Document; title: string }> {
  const pairs = await pairsFor(db, year, assignmentIds);
  const [lh, team, schools, signatories] = await Promise.all([loadLetterhead(db, language), listTeam(db), db.selectFrom('schools').select(['id', 'name']).execute(), loadSignatories(db)]);
  const schoolNames = new Map(schools.map((s) => [s.id, s.name]));
  const base = lh.d.doc.lettersTitle.replace('{{year}}', String(year));
  const only = pairs.length === 1 ? pairs[0] : undefined;
  const title = only ? `${base} – ${only.mentor.name}` : base;
  const doc = officialLetters(lh, { title, letters: pairs.map((a) => ({ body: letter(a, lh, team, schoolNames, signatories), mark: a.referenceNo })) });
  return { doc, title };
}
