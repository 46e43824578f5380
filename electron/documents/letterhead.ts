/**
 * The letterhead as documents not yet laid out from a report model take it: the kit's letterhead model with
 * the document's dictionary, and "prepared by / date" at the end. The parts themselves live in ./kit.
 * Documents move to ./kit directly as they gain a report model; this file goes when the last one has.
 */
import { Paragraph, type Document } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { formatLongDate, todayLocal, type Language } from '../../shared/dates';
import type { LetterheadModel } from '../../shared/documents/models';
import { dictionaries, type Dictionary } from '../../shared/i18n';
import { loadLetterheadModel } from '../services/cluster/letterhead-model';
import * as kit from './kit';

export { A4, FONT, formatDateRange, para, run, textWidth } from './kit';

export interface Letterhead extends LetterheadModel {
  d: Dictionary;
}

/** Everything a document needs from the profile, read once. */
export async function loadLetterhead(db: Kysely<DB>, language: Language, date = todayLocal()): Promise<Letterhead> {
  return { ...(await loadLetterheadModel(db, language, { date })), d: dictionaries[language] };
}

/** "Prepared by … / Date …" at the end of a document. */
export function preparedBlock(lh: Letterhead): Paragraph[] {
  const who = lh.preparedBy ? `${lh.preparedBy.name} (${lh.preparedBy.post})` : '';
  return [
    new Paragraph({ spacing: { before: 400, after: 0 }, keepNext: true, children: [kit.run(`${lh.d.doc.preparedBy}: `, { bold: true }), kit.run(who)] }),
    new Paragraph({ children: [kit.run(`${lh.d.doc.date}: `, { bold: true }), kit.run(formatLongDate(lh.date, lh.language))] }),
  ];
}

export type DocumentSpec = Omit<kit.DocumentSpec, 'end'>;

/** The kit's official document, ended by "prepared by / date". */
export const officialDocument = (lh: Letterhead, spec: DocumentSpec): Document => kit.officialDocument(lh, { ...spec, end: preparedBlock(lh) });

export type Letter = kit.Letter;
export interface LettersSpec {
  /** The file's title, also in the running header of a letter's second page. */
  title: string;
  letters: Letter[];
}

export const officialLetters = (lh: Letterhead, spec: LettersSpec): Document => kit.officialLetters(lh, spec);
