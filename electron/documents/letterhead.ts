/**
 * Parts every official document shares: the letterhead (logo, cluster name, ministry and department
 * lines), the running header, page numbers, "prepared by / date", A4 page setup, and letters one to a page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, monthName, todayLocal, type Language } from '../../shared/dates';
import { dictionaries, type Dictionary } from '../../shared/i18n';
import { getLogo, getProfile } from '../services/cluster/profile';
import { listTeam } from '../services/cluster/team';
import { imageSize } from './image-size';

export const FONT = 'Arial';
export const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1134; // 2 cm

/** Width between the margins, in twentieths of a point: what a full-width table may use. */
export const textWidth = (landscape = false) => (landscape ? A4.height : A4.width) - 2 * MARGIN;

/** "3 Mac 2023", "1–3 Mac 2023", "30 Mac – 2 April 2023" or "30 Disember 2023 – 2 Januari 2024". */
export function formatDateRange(start: string, end: string, language: Language): string {
  if (end <= start) return formatLongDate(start, language);
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em] = end.split('-').map(Number);
  if (sy !== ey || sm === undefined || sd === undefined) return `${formatLongDate(start, language)} – ${formatLongDate(end, language)}`;
  if (sm === em) return `${sd}–${formatLongDate(end, language)}`;
  return `${sd} ${monthName(sm, language)} – ${formatLongDate(end, language)}`;
}

export interface Letterhead {
  clusterName: string;
  ministry: string;
  department: string;
  address: string;
  logo: { type: 'png' | 'jpg'; data: Buffer; width: number; height: number } | null;
  preparedBy: { name: string; role: string } | null;
  date: string;
  language: Language;
  d: Dictionary;
}

/** Everything a document needs from the profile, read once. */
export async function loadLetterhead(db: Kysely<DB>, language: Language, date = todayLocal()): Promise<Letterhead> {
  const d = dictionaries[language];
  const [profile, logo, team] = await Promise.all([getProfile(db), getLogo(db), listTeam(db)]);
  const preparer = team.find((m) => m.id === profile.preparedById) ?? team.find((m) => m.role === 'clerk') ?? null;
  const size = logo ? imageSize(logo.data) : null;
  return {
    clusterName: profile.name,
    ministry: profile.ministry,
    department: profile.department,
    address: profile.address,
    logo: logo && size ? { type: logo.contentType === 'image/png' ? 'png' : 'jpg', data: logo.data, ...size } : null,
    preparedBy: preparer ? { name: preparer.name, role: preparer.role === 'other' ? preparer.roleLabel : d.teamRole[preparer.role] } : null,
    date,
    language,
    d,
  };
}

export const run = (text: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string } = {}) =>
  new TextRun({ text, font: FONT, size: opts.size ?? 22, bold: opts.bold, italics: opts.italics, color: opts.color });

export const para = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
  new Paragraph({ alignment: opts.align, spacing: { after: opts.after ?? 80 }, children: [run(text, opts)] });

/** The block at the top of the first page. */
function letterheadBlock(lh: Letterhead): Paragraph[] {
  const out: Paragraph[] = [];
  if (lh.logo) {
    // 64 px high, or less for a very wide logo, so it never runs past the text width.
    const scale = Math.min(64 / lh.logo.height, 480 / lh.logo.width);
    const width = Math.max(1, Math.round(lh.logo.width * scale));
    const height = Math.max(1, Math.round(lh.logo.height * scale));
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type: lh.logo.type, data: lh.logo.data, transformation: { width, height } })],
      }),
    );
  }
  for (const line of [lh.ministry, lh.department]) if (line) out.push(para(line.toUpperCase(), { align: AlignmentType.CENTER, size: 20, after: 0 }));
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 60, after: 200 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1F3864', space: 6 } },
      children: [run(lh.clusterName.toUpperCase(), { bold: true, size: 28, color: '1F3864' }), ...(lh.address ? [new TextRun({ break: 1 }), run(lh.address, { size: 18 })] : [])],
    }),
  );
  return out;
}

/** "Page 2 of 5" / "Halaman 2 daripada 5", with live fields. */
function pageNumberFooter(lh: Letterhead): Footer {
  const [before = '', rest = ''] = lh.d.doc.page.split('{{page}}');
  const [middle = '', after = ''] = rest.split('{{pages}}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 18, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
      }),
    ],
  });
}

/**
 * A letter's footer: its own mark (e.g. the reference number) and its page, counted from the letter's first
 * page ("KL2/MC/2023/01 · Page 1"); LibreOffice cannot show a letter's page total, so none is given.
 */
function letterFooter(lh: Letterhead, mark: string): Footer {
  const [before = '', after = ''] = lh.d.doc.pageOnly.split('{{page}}');
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: 18, children: [mark ? `${mark} · ${before}` : before, PageNumber.CURRENT, after] })],
      }),
    ],
  });
}

/** "Prepared by … / Date …" at the end of a document. */
export function preparedBlock(lh: Letterhead): Paragraph[] {
  const who = lh.preparedBy ? `${lh.preparedBy.name} (${lh.preparedBy.role})` : '';
  return [
    new Paragraph({ spacing: { before: 400, after: 0 }, keepNext: true, children: [run(`${lh.d.doc.preparedBy}: `, { bold: true }), run(who)] }),
    new Paragraph({ children: [run(`${lh.d.doc.date}: `, { bold: true }), run(formatLongDate(lh.date, lh.language))] }),
  ];
}

export interface DocumentSpec {
  title: string;
  body: ISectionOptions['children'];
  landscape?: boolean;
  /** Further parts, each starting on a new page in its own orientation (e.g. a landscape calendar). */
  sections?: { body: ISectionOptions['children']; landscape?: boolean }[];
}

const pageProperties = (landscape = false): NonNullable<ISectionOptions['properties']>['page'] => ({
  size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
  margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
});

const runningHeader = (lh: Letterhead, title: string) =>
  new Header({
    children: [para(`${lh.clusterName} — ${title}`, { size: 16, align: AlignmentType.RIGHT })],
  });

const officialFile = (lh: Letterhead, title: string, sections: ISectionOptions[]) =>
  new Document({
    creator: lh.clusterName,
    title,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections,
  });

/**
 * One A4 section with the letterhead on page one and the title in the running header after it; further
 * sections, if any, follow on new pages with the same header and page numbers. "Prepared by" ends the last.
 */
export function officialDocument(lh: Letterhead, spec: DocumentSpec): Document {
  const more = spec.sections ?? [];
  return officialFile(lh, spec.title, [
    {
      properties: { titlePage: true, page: pageProperties(spec.landscape) },
      headers: { first: new Header({ children: [] }), default: runningHeader(lh, spec.title) },
      footers: { first: pageNumberFooter(lh), default: pageNumberFooter(lh) },
      children: [...letterheadBlock(lh), ...spec.body, ...(more.length === 0 ? preparedBlock(lh) : [])],
    },
    ...more.map((section, i) => ({
      properties: { type: SectionType.NEXT_PAGE, page: pageProperties(section.landscape) },
      headers: { default: runningHeader(lh, spec.title) },
      footers: { default: pageNumberFooter(lh) },
      children: [...section.body, ...(i === more.length - 1 ? preparedBlock(lh) : [])],
    })),
  ]);
}

export interface Letter {
  /** Each letter's body after the letterhead, its own signature included. */
  body: ISectionOptions['children'];
  /** What the footer names the letter by, e.g. its reference number. */
  mark: string;
}

export interface LettersSpec {
  /** The file's title, also in the running header of a letter's second page. */
  title: string;
  letters: Letter[];
}

/**
 * Letters in one file: one A4 portrait section per letter, so each starts on a new page under the letterhead
 * and numbers its own pages. A letter ends with its own signature, not "prepared by".
 */
export function officialLetters(lh: Letterhead, spec: LettersSpec): Document {
  return officialFile(
    lh,
    spec.title,
    spec.letters.map((letter) => ({
      properties: { type: SectionType.NEXT_PAGE, titlePage: true, page: { ...pageProperties(), pageNumbers: { start: 1 } } },
      headers: { first: new Header({ children: [] }), default: runningHeader(lh, spec.title) },
      footers: { first: letterFooter(lh, letter.mark), default: letterFooter(lh, letter.mark) },
      children: [...letterheadBlock(lh), ...letter.body],
    })),
  );
}
