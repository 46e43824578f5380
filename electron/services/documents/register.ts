/**
 * Issuing documents: a document saved or downloaded gets a reference number from the pattern in Settings,
 * printed under its letterhead and in its footer, and one row in the register (number, date, kind, title,
 * recipient, language, issued by, file name, SHA-256 of the bytes). Previews (`documents.render`) are not issued.
 */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DocumentRequest, ParsedInput } from '../../../shared/api';
import { nowIso, todayLocal } from '../../../shared/dates';
import { documentRecipient, withReference, type DocumentModel } from '../../../shared/documents/document-model';
import { DEFAULT_REFERENCE_PATTERN, formatReference, KIND_CODES, patternProblem, type IssuedKind, type Register, type RegisterEntry } from '../../../shared/documents/register';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../../shared/domain';
import { AppError, bi, validationError } from '../../../shared/errors';
import { fileNameFor } from '../../../shared/file-names';
import { documentTitle } from '../../documents/layout';
import { foldForSearch } from '../../../shared/text';
import type { DB } from '../../../db/schema';
import { loadDocumentModel } from '../../documents/render';
import { renderInThread } from '../../documents/render-thread';
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
  kind: r.kind as IssuedKind,
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

/** The number a document is issued under; a document issued again under its number is the next revision. */
export interface Numbering {
  referenceNo: string;
  year: number;
  seq: number;
  revision: number;
}

/**
 * Numbers for documents about to be issued, in order: the year's next free numbers, or for one issued again
 * under `keepReference`, that number as its next revision. Nothing is recorded yet.
 */
export async function allocateNumbers(db: Db, items: { kind: IssuedKind; keepReference?: string | undefined }[]): Promise<Numbering[]> {
  const pattern = await getReferencePattern(db);
  const year = Number(todayLocal().slice(0, 4));
  const last = await db.selectFrom('document_register').select((eb) => eb.fn.max('seq').as('seq')).where('year', '=', year).executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  const out: Numbering[] = [];
  for (const item of items) {
    if (!item.keepReference) {
      seq += 1;
      out.push({ referenceNo: formatReference(pattern, { code: KIND_CODES[item.kind], year, seq }), year, seq, revision: 1 });
      continue;
    }
    const earlier = await db
      .selectFrom('document_register')
      .select(['reference_no', 'year', 'seq', 'kind', sql<number>`max(revision)`.as('revision')])
      .where('reference_no', '=', item.keepReference)
      .groupBy(['reference_no', 'year', 'seq', 'kind'])
      .executeTakeFirst();
    if (!earlier) throw new AppError('NOT_FOUND', bi(`No document was issued as ${item.keepReference}.`, `Tiada dokumen dikeluarkan sebagai ${item.keepReference}.`), 'keepReference');
    if (earlier.kind !== item.kind) {
      throw validationError('keepReference', bi(`${item.keepReference} is another kind of document; issue this one under a new number.`, `${item.keepReference} ialah jenis dokumen lain; keluarkan dokumen ini dengan nombor baharu.`));
    }
    out.push({ referenceNo: earlier.reference_no, year: earlier.year, seq: earlier.seq, revision: Number(earlier.revision) + 1 });
  }
  return out;
}

/** The file name of an issued document: its title, number (and revision) and the day of issue. */
export const issuedFileName = (title: string, n: Numbering, today = todayLocal()) =>
  fileNameFor(title, '.docx', { suffix: `${n.referenceNo}${n.revision > 1 ? ` v${n.revision}` : ''} ${today}` });

/** A document rendered under its number, about to be recorded. */
export interface Issued {
  kind: IssuedKind;
  /** What was asked for, kept so that issuing the same document again can find it. */
  request: unknown;
  language: 'ms' | 'en';
  title: string;
  recipient: string;
  data: Uint8Array;
  numbering: Numbering;
}

/** Records issued documents inside the caller's transaction; answers their file names. */
export async function recordIssues(trx: Db, items: Issued[]): Promise<string[]> {
  const issuedBy = await issuer(trx);
  const today = todayLocal();
  const names: string[] = [];
  for (const item of items) {
    const name = issuedFileName(item.title, item.numbering, today);
    await trx
      .insertInto('document_register')
      .values({
        reference_no: item.numbering.referenceNo,
        revision: item.numbering.revision,
        year: item.numbering.year,
        seq: item.numbering.seq,
        kind: item.kind,
        title: item.title,
        recipient: item.recipient,
        language: item.language,
        issued_on: today,
        issued_at: nowIso(),
        issued_by: issuedBy,
        file_name: name,
        sha256: crypto.createHash('sha256').update(item.data).digest('hex'),
        request: JSON.stringify(item.request),
      })
      .execute();
    names.push(name);
  }
  return names;
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Issuing runs one at a time: numbers are taken, the documents rendered under them and then recorded, and no
 * other issue may take the same numbers meanwhile. Other calls carry on.
 */
export function oneIssueAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Renders a model under its number: the number printed under the letterhead and in the footer. */
export async function renderIssued(model: DocumentModel, request: unknown, numbering: Numbering): Promise<Issued> {
  const { title, data } = await renderInThread(withReference(model, numbering.referenceNo));
  return { kind: model.kind, request, language: model.model.letterhead.language, title, recipient: documentRecipient(model), data, numbering };
}

/** Renders the document under the next number (or its own, as a new revision), then records it in one transaction. */
export async function issueDocument(db: Db, input: ParsedInput<'documents.issue'>): Promise<DocumentFile> {
  const request: DocumentRequest = input.request;
  const model = await loadDocumentModel(db, request);
  return oneIssueAtATime(async () => {
    const [numbering] = await allocateNumbers(db, [{ kind: request.kind, keepReference: input.keepReference }]);
    const issued = await renderIssued(model, request, numbering as Numbering);
    const [fileName] = await db.transaction().execute((trx) => recordIssues(trx, [issued]));
    return { fileName: fileName as string, contentType: DOCX_CONTENT_TYPE, data: issued.data };
  });
}

/** The name an issue would get now, for the save dialog: the model's title and the number it would take. */
export async function proposedIssueName(db: Db, input: ParsedInput<'documents.issue'>): Promise<string> {
  const model = await loadDocumentModel(db, input.request);
  const [numbering] = await allocateNumbers(db, [{ kind: input.request.kind, keepReference: input.keepReference }]);
  return issuedFileName(documentTitle(model), numbering as Numbering);
}

/** The latest issue of the same document (same kind and request), for "keep its number?". */
export async function previousIssue(db: Db, request: DocumentRequest): Promise<RegisterEntry | null> {
  const key = JSON.stringify(request);
  const row = await registerRows(db).where('request', '=', key).orderBy('revision', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row ? entryOf(row) : null;
}
