/**
 * Mentor appointment letters: one formal letter per appointed pair, each on its own page under the cluster
 * letterhead, addressed to the mentor, signed by the cluster head (or the alternate signatory on her behalf
 * when she is the mentor), copied to the head of the mentee's school, and ending with an acceptance slip the
 * mentor cuts off and returns.
 */
import { AlignmentType, BorderStyle, LeaderType, Paragraph, Tab, TableCell, TableRow, TabStopType, TextRun, WidthType, type Document, type Table } from 'docx';
import { formatLongDate } from '../../shared/dates';
import type { LetterPerson, MentorLetter, MentorLettersModel } from '../../shared/documents/mentor-letters-model';
import { dictionaries, type Dictionary } from '../../shared/i18n';
import { GRID, LABEL_FILL, MUTED, STYLE, cell, columnWidths, formatDateRange, officialLetters, subtitle, table, textWidth, title as titleLine } from './kit';

/** Paragraph numbers hang in the first centimetre. */
const INDENT = 567;
/** A dotted line to fill in by hand, as wide as the words around it allow. */
const DOTS = '……………………………………';

/** The file's title: "Surat Perlantikan Mentor 2023", with the mentor's name when there is one letter. */
export function mentorLettersTitle(m: MentorLettersModel): string {
  const base = dictionaries[m.letterhead.language].doc.lettersTitle.replace('{{year}}', String(m.year));
  const only = m.letters.length === 1 ? m.letters[0] : undefined;
  return only?.mentor.name ? `${base} – ${only.mentor.name}` : base;
}

/** A date or date range that wraps only after its dash: "1 Mac –" / "30 September 2023", never "30" / "September". */
const unbroken = (dates: string) => dates.replace(/ /g, '\u00a0').replace('–\u00a0', '– ');

/** The letter's reference: the pair's own number, else the number the file is issued under. */
const letterReference = (letter: MentorLetter, m: MentorLettersModel) => letter.referenceNo || m.letterhead.reference || '';

/** A template's text as runs, with `{{key}}` filled in; the values marked bold stand out. */
function fill(template: string, values: Record<string, { text: string; bold?: boolean }>): TextRun[] {
  return template
    .split(/(\{\{\w+\}\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const key = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      const v = key !== undefined ? values[key] : undefined;
      return v ? new TextRun({ text: v.text, bold: v.bold }) : new TextRun(part);
    });
}

type ParaOpts = { after?: number; before?: number; keepNext?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] };

/** A body paragraph of the letter (style Body Text). */
const p = (children: TextRun[], opts: ParaOpts = {}) =>
  new Paragraph({
    style: STYLE.body,
    alignment: opts.align,
    keepNext: opts.keepNext,
    keepLines: opts.keepNext,
    spacing: { before: opts.before ?? 0, after: opts.after ?? 0 },
    children,
  });
const line = (text: string, opts: ParaOpts & { bold?: boolean } = {}) => p([new TextRun({ text, bold: opts.bold })], opts);

/** A numbered paragraph ("2."), its number hanging in the margin column, justified. */
const numbered = (n: number, children: TextRun[], after = 100, before = 0) =>
  new Paragraph({
    style: STYLE.body,
    alignment: AlignmentType.BOTH,
    spacing: { before, after },
    indent: { left: INDENT, hanging: INDENT },
    children: [new TextRun(`${n}.`), new TextRun({ children: [new Tab()] }), ...children],
  });

/** "Name, post, place" on one line; a missing name leaves dots to fill in. */
const personLine = (who: LetterPerson) => [who.name ?? DOTS, who.post, who.place ?? DOTS].filter(Boolean).join(', ');

/** The focus competencies with their baseline and target levels, across the text width. */
function focusTable(letter: MentorLetter, d: Dictionary): Table {
  const widths = columnWidths([58, 21, 21]);
  const w = (i: number) => widths[i] ?? 0;
  const levelText = (n: number) => d.doc.levelN.replace('{{level}}', String(n));
  return table(widths, [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [d.doc.competency, d.doc.baseline, d.doc.target].map((h, i) => cell([{ text: h, bold: true }], w(i), { fill: LABEL_FILL, align: i > 0 ? 'center' : 'left' })),
    }),
    ...letter.focus.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [cell([{ text: `${f.code}  ${f.name}` }], w(0)), cell([{ text: levelText(f.baseline) }], w(1), { align: 'center' }), cell([{ text: levelText(f.target) }], w(2), { align: 'center' })],
        }),
    ),
  ]);
}

/**
 * "Sekian, terima kasih." / "Yang benar,", room to sign, then the signer's name and post, and "b.p. Ketua
 * Kluster 2" when the alternate signs for the cluster head. Kept together with the copies after it: a
 * signature never stands apart from its name.
 */
function signature(letter: MentorLetter, m: MentorLettersModel, d: Dictionary): Paragraph[] {
  const s = letter.signer;
  return [
    line(d.doc.letterThanks, { after: 120, keepNext: true }),
    line(d.doc.yoursFaithfully, { after: 660, keepNext: true }),
    line(s.name ? `(${s.name})` : `(${DOTS})`, { bold: true, keepNext: true }),
    line(s.post, { keepNext: true }),
    ...(s.onBehalf ? [line(d.doc.onBehalfOf.replace('{{cluster}}', m.letterhead.clusterName), { keepNext: true })] : []),
  ];
}

/** "s.k." and the people copied, one a line, numbered when there are more than one. */
function copies(letter: MentorLetter, d: Dictionary): Paragraph[] {
  const many = letter.copies.length > 1;
  return letter.copies.map(
    (who, i) =>
      new Paragraph({
        style: STYLE.body,
        // Kept with the signature above; the slip below may go to the next page on its own.
        keepNext: i < letter.copies.length - 1 || undefined,
        keepLines: true,
        spacing: { before: i === 0 ? 160 : 0, after: 0 },
        indent: { left: INDENT + (many ? 360 : 0), hanging: INDENT + (many ? 360 : 0) },
        tabStops: [{ type: TabStopType.LEFT, position: INDENT }, ...(many ? [{ type: TabStopType.LEFT, position: INDENT + 360 }] : [])],
        children: [
          new TextRun({ text: i === 0 ? d.doc.copyTo : '', size: 20 }),
          new TextRun({ children: [new Tab()] }),
          ...(many ? [new TextRun({ text: `${i + 1}.`, size: 20 }), new TextRun({ children: [new Tab()] })] : []),
          new TextRun({ text: personLine(who), size: 20 }),
        ],
      }),
  );
}

/**
 * The cut-off acceptance slip: a dashed cut line, the mentor's acceptance, and name, signature and date,
 * kept together so the slip is never cut across two pages.
 */
function acceptanceSlip(letter: MentorLetter, m: MentorLettersModel, d: Dictionary): (Paragraph | Table)[] {
  const s = d.mentorLetters;
  const cluster = m.letterhead.clusterName;
  const widths = columnWidths([48, 30, 22]);
  const w = (i: number) => widths[i] ?? 0;
  /** A labelled cell with room above to write: "Nama: <name>", or the label and a dotted line to fill in. */
  const field = (label: string, value: string | null, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { left: 0, right: 240, top: 0, bottom: 0 },
      children: [
        new Paragraph({
          style: STYLE.table,
          keepNext: true,
          spacing: { before: 480 },
          tabStops: [{ type: TabStopType.RIGHT, position: Math.max(720, width - 300), leader: LeaderType.DOT }],
          children: [new TextRun({ text: `${label}: `, bold: true }), ...(value ? [new TextRun(value)] : [new TextRun({ children: [new Tab()] })])],
        }),
      ],
    });
  return [
    new Paragraph({
      style: STYLE.caption,
      alignment: AlignmentType.RIGHT,
      keepNext: true,
      spacing: { before: 200, after: 80 },
      border: { bottom: { style: BorderStyle.DASHED, size: 6, color: GRID, space: 2 } },
      children: [new TextRun({ text: `\u2702 ${s.cutHere}`, color: MUTED })],
    }),
    titleLine(s.slipTitle.toUpperCase(), { keepNext: true }),
    subtitle(s.slipReturn.replace('{{cluster}}', cluster), { keepNext: true }),
    new Paragraph({
      style: STYLE.body,
      alignment: AlignmentType.BOTH,
      keepNext: true,
      keepLines: true,
      spacing: { before: 0, after: 0 },
      children: fill(s.slipAccept, {
        mentee: { text: letter.mentee.name ?? DOTS },
        cluster: { text: cluster },
        year: { text: String(letter.year) },
        ref: { text: letterReference(letter, m), bold: true },
      }),
    }),
    table(
      widths,
      [new TableRow({ cantSplit: true, children: [field(s.name, letter.mentor.name, w(0)), field(s.signature, null, w(1)), field(s.date, null, w(2))] })],
      { borderless: true },
    ),
  ];
}

function letterBody(letter: MentorLetter, m: MentorLettersModel): (Paragraph | Table)[] {
  const { language, clusterName: cluster } = m.letterhead;
  const d = dictionaries[language];
  const period =
    letter.startDate && letter.endDate
      ? d.doc.periodRange.replace('{{range}}', unbroken(formatDateRange(letter.startDate, letter.endDate, language)))
      : letter.startDate
        ? d.doc.periodFrom.replace('{{date}}', unbroken(formatLongDate(letter.startDate, language)))
        : '';
  const mentee = [letter.mentee.name, letter.mentee.post, letter.mentee.place].filter(Boolean).join(', ');

  const out: (Paragraph | Table)[] = [
    // Our reference on the left, the date at the right margin.
    new Paragraph({
      style: STYLE.body,
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth() }],
      spacing: { before: 0, after: 160 },
      children: [new TextRun(`${d.doc.ourRef}: ${letterReference(letter, m)}`), new TextRun({ children: [new Tab()] }), new TextRun(formatLongDate(letter.date, language))],
    }),
  ];
  out.push(
    line(letter.mentor.name ?? DOTS, { bold: true }),
    ...[letter.mentor.post, letter.mentor.place ?? ''].filter(Boolean).map((t) => line(t)),
    line(d.doc.salutation, { before: 160, after: 120 }),
    line(d.doc.letterSubject.replace('{{cluster}}', cluster).replace('{{year}}', String(letter.year)).toUpperCase(), { bold: true, after: 120 }),
    p([new TextRun(d.doc.letterOpening)], { after: 100, align: AlignmentType.BOTH }),
  );
  let n = 2;
  out.push(
    numbered(
      n++,
      fill(d.doc.letterAppointment, {
        mentee: { text: mentee, bold: true },
        cluster: { text: cluster },
        year: { text: String(letter.year) },
        period: { text: period },
      }),
    ),
  );
  out.push(numbered(n++, fill(d.doc.letterSchedule, { schedule: { text: d.doc.schedule[letter.schedule], bold: true } }), letter.focus.length ? 80 : 100));
  if (letter.focus.length) out.push(focusTable(letter, d));
  // Space after the table is the next paragraph's, so no empty line takes room.
  const afterTable = letter.focus.length ? 120 : 0;
  if (letter.goals) out.push(numbered(n++, fill(d.doc.letterGoals, { goals: { text: letter.goals } }), 100, afterTable));
  out.push(numbered(n, [new TextRun(d.doc.letterClosing)], 160, letter.goals ? 0 : afterTable));
  out.push(...signature(letter, m, d), ...copies(letter, d), ...acceptanceSlip(letter, m, d));
  return out;
}

export function layoutMentorAppointmentLetters(m: MentorLettersModel): { doc: Document; title: string } {
  const title = mentorLettersTitle(m);
  const doc = officialLetters(m.letterhead, {
    title,
    subject: dictionaries[m.letterhead.language].mentorLetters.subject,
    letters: m.letters.map((letter) => ({ body: letterBody(letter, m), mark: letter.referenceNo })),
  });
  return { doc, title };
}
