/**
 * An official document: A4 sections, the letterhead on page one, the title in the running header after it,
 * page numbers in every footer, the styles in the document's language and its properties filled.
 */
import { Document, SectionType, type ISectionOptions } from 'docx';
import type { LetterheadModel } from '../../../shared/documents/models';
import { letterFooter, letterheadBlock, pageNumberFooter, runningHeader } from './letterhead';
import { pageProperties } from './page';
import { documentStyles } from './styles';

export type Body = ISectionOptions['children'];

export interface DocumentSpec {
  title: string;
  /** What the document is (its kind, in its language), for the file's properties. */
  subject?: string;
  body: Body;
  landscape?: boolean;
  /** Further parts, each starting on a new page in its own orientation (e.g. a landscape calendar). */
  sections?: { body: Body; landscape?: boolean }[];
  /** Appended to the last section: typically the sign-off block. */
  end?: Body;
  /** Word refreshes the fields (a table of contents) when the file is opened. */
  updateFields?: boolean;
}

/** The Document with styles, language and properties; `sections` as docx takes them. */
export const officialFile = (lh: LetterheadModel, meta: { title: string; subject?: string; updateFields?: boolean }, sections: ISectionOptions[]) =>
  new Document({
    features: meta.updateFields ? { updateFields: true } : undefined,
    creator: lh.clusterName,
    lastModifiedBy: lh.clusterName,
    title: meta.title,
    subject: meta.subject ?? meta.title,
    styles: documentStyles(lh.language),
    sections,
  });

/**
 * One A4 section with the letterhead on page one and the title in the running header after it; further
 * sections, if any, follow on new pages with the same header and page numbers (the first section's, carried
 * on). `end` closes the last.
 */
export function officialDocument(lh: LetterheadModel, spec: DocumentSpec): Document {
  const more = spec.sections ?? [];
  const end = spec.end ?? [];
  return officialFile(lh, spec, [
    {
      // No first-page header: a first section's is blank unless it names one, which leaves the letterhead alone.
      properties: { titlePage: true, page: pageProperties(spec.landscape) },
      headers: { default: runningHeader(lh, spec.title) },
      footers: { first: pageNumberFooter(lh), default: pageNumberFooter(lh) },
      children: [...letterheadBlock(lh), ...spec.body, ...(more.length === 0 ? end : [])],
    },
    // A further section names no header or footer of its own: Word and LibreOffice carry the first
    // section's running header and page numbers on (Word's "Link to Previous"), and the file holds them once.
    ...more.map((section, i) => ({
      properties: { type: SectionType.NEXT_PAGE, page: pageProperties(section.landscape) },
      children: [...section.body, ...(i === more.length - 1 ? end : [])],
    })),
  ]);
}

export interface Letter {
  /** Each letter's body after the letterhead, its own signature included. */
  body: Body;
  /** What the footer names the letter by, e.g. its reference number. */
  mark: string;
}

/**
 * Letters in one file: one A4 portrait section per letter, so each starts on a new page under the letterhead
 * and numbers its own pages. A letter ends with its own signature and prints its own reference line, so the
 * letterhead carries none; the issued number goes in the footer.
 */
export function officialLetters(lh: LetterheadModel, spec: { title: string; subject?: string; letters: Letter[] }): Document {
  return officialFile(
    lh,
    spec,
    spec.letters.map((letter, i) => ({
      properties: { type: SectionType.NEXT_PAGE, titlePage: true, page: { ...pageProperties(), pageNumbers: { start: 1 } } },
      // The running header once, carried on by the letters after the first; every first page's stays blank.
      headers: i === 0 ? { default: runningHeader(lh, spec.title) } : undefined,
      footers: { first: letterFooter(lh, letter.mark), default: letterFooter(lh, letter.mark) },
      children: [...letterheadBlock({ ...lh, reference: undefined }), ...letter.body],
    })),
  );
}
