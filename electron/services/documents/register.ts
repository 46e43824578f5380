/**
 * Issuing documents: a document saved or downloaded gets a reference number from the pattern in Settings and
 * one row in the register (number, date, kind, title, language, issued by, file name, SHA-256 of the bytes).
 * Previews (`documents.render`) are not issued.
 */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DocumentRequest, ParsedInput } from '../../../shared/api';
import { nowIso, todayLocal } from '../../../shared/dates';
import { DEFAULT_REFERENCE_PATTERN, formatReference, KIND_CODES, patternProblem, type Register, type RegisterEntry } from '../../../shared/documents/register';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../../shared/domain';
import { AppError, bi, validationError } from '../../../shared/errors';
import { fileNameFor } from '../../../shared/file-names';
import { foldForSearch } from '../../../shared/text';
import type { DB } from '../../../db/schema';
import { renderTitled } from '../../documents/render';
import { readSetting, writeSetting } from '../cluster/settings';
import { loadSignatories } from './signatories';

type Db = Kysely<DB>;
const PATTERN_KEY = 'documents.referencePattern';

export async function getReferencePattern(db: Db): Promise<string> {
  return (await readSetting(db, PATTERN_KEY)) || DEFAULT_REFERENCE_PATTERN;
}

export async function setReferencePattern(db: Db, pattern: string): Promise<{ pattern: string }> {
  const problem = patternProblem(pattern);
  if (problem) throw validationError('pattern', bi(...problem));
  await writeSetting(db, PATTERN_KEY, pattern);
  return { pattern };
}

const registerRows = (db: Db) => db.selectFrom('document_register').selectAll();

const entryOf = (r: Awaited<ReturnType<ReturnType<typeof registerRows>['execute']>>[number]): RegisterEntry => ({
  id: r.id,
  referenceNo: r.reference_no,
  revision: r.revision,
  year: r.year,
  kind: r.kind as RegisterEntry['kind'],
  title: r.title,
  recipient: r.recipient,
  language: r.language === 'en' ? 'en' : 'ms',
  issuedOn: r.issued_on,
  issuedAt: r.issued_at,
  issuedBy: r.issued_by,
  fileName: r.file_name,
  sha256: r.sha256,
});

/** The register, newest first; `search` matches number, title, recipient and file name ignoring case and accents. */
export async function listRegister(db: Db, q: ParsedInput<'documents.register'>): Promise<Register> {
  let query = registerRows(db);
  if (q.year !== null) query = query.where('year', '=', q.year);
  const rows = await query.orderBy('issued_at', 'desc').orderBy('id', 'desc').execute();
  const words = foldForSearch(q.search);
  const items = rows.map(entryOf).filter((e) => words === '' || foldForSearch([e.referenceNo, e.title, e.recipient, e.fileName, e.issuedBy].join(' ')).includes(words));
  return { pattern: await getReferencePattern(db), items };
}

/** Who issues: whoever prepares documents, as Settings say (the same person the document names). */
async function issuer(db: Db): Promise<string> {
  return (await loadSignatories(db)).preparedBy?.name ?? '';
}

/** A rendered document about to be issued. */
export interface Rendered {
  request: DocumentRequest;
  title: string;
  data: Uint8Array;
}

/**
 * Records issued documents inside the caller's transaction: each gets the year's next number (or, with
 * `keepReference`, the number it had, as the next revision). Answers the file names, number and date included.
 */
export async function recordIssues(trx: Db, items: (Rendered & { keepReference?: string | undefined })[]): Promise<string[]> {
  const [pattern, issuedBy] = await Promise.all([getReferencePattern(trx), issuer(trx)]);
  const today = todayLocal();
  const year = Number(today.slice(0, 4));
  const names: string[] = [];
  for (const item of items) {
    const { request } = item;
    let numbering: { referenceNo: string; year: number; seq: number; revision: number };
    if (item.keepReference) {
      const earlier = await trx
        .selectFrom('document_register')
        .select(['reference_no', 'year', 'seq', 'kind', sql<number>`max(revision)`.as('revision')])
        .where('reference_no', '=', item.keepReference)
        .groupBy(['reference_no', 'year', 'seq', 'kind'])
        .executeTakeFirst();
      if (!earlier) throw new AppError('NOT_FOUND', bi(`No document was issued as ${item.keepReference}.`, `Tiada dokumen dikeluarkan sebagai ${item.keepReference}.`), 'keepReference');
      if (earlier.kind !== request.kind) {
        throw validationError('keepReference', bi(`${item.keepReference} is another kind of document; issue this one under a new number.`, `${item.keepReference} ialah jenis dokumen lain; keluarkan dokumen ini dengan nombor baharu.`));
      }
      numbering = { referenceNo: earlier.reference_no, year: earlier.year, seq: earlier.seq, revision: Number(earlier.revision) + 1 };
    } else {
      const last = await trx.selectFrom('document_register').select((eb) => eb.fn.max('seq').as('seq')).where('year', '=', year).executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      numbering = { referenceNo: formatReference(pattern, { code: KIND_CODES[request.kind], year, seq }), year, seq, revision: 1 };
    }
    const revisionTag = numbering.revision > 1 ? ` v${numbering.revision}` : '';
    const name = fileNameFor(item.title, '.docx', { suffix: `${numbering.referenceNo}${revisionTag} ${today}` });
    await trx
      .insertInto('document_register')
      .values({
        reference_no: numbering.referenceNo,
        revision: numbering.revision,
        year: numbering.year,
        seq: numbering.seq,
        kind: request.kind,
        title: item.title,
        language: request.language,
        issued_on: today,
        issued_at: nowIso(),
        issued_by: issuedBy,
        file_name: name,
        sha256: crypto.createHash('sha256').update(item.data).digest('hex'),
        request: JSON.stringify(request),
      })
      .execute();
    names.push(name);
  }
  return names;
}

/** Renders the document, then issues it: number, register row and file name in one transaction. */
export async function issueDocument(db: Db, input: ParsedInput<'documents.issue'>): Promise<DocumentFile> {
  const request: DocumentRequest = input.request;
  const { title, data } = await renderTitled(db, request);
  const [fileName] = await db.transaction().execute((trx) => recordIssues(trx, [{ request, title, data, keepReference: input.keepReference }]));
  return { fileName: fileName as string, contentType: DOCX_CONTENT_TYPE, data };
}

/** The latest issue of the same document (same kind and request), for "keep its number?". */
export async function previousIssue(db: Db, request: DocumentRequest): Promise<RegisterEntry | null> {
  const key = JSON.stringify(request);
  const row = await registerRows(db).where('request', '=', key).orderBy('revision', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row ? entryOf(row) : null;
}
