/**
 * The termly pack, built in the main process: a covering letter to the Director of Schools listing every
 * active school's term report and the cluster report as its attachments, each issued under its own
 * reference number, rendered in the rendering thread one after another. Nothing is
 * recorded or written until every document has been rendered, so a cancelled or failed pack leaves no
 * register rows and no files behind.
 */
import type { Kysely } from 'kysely';
import type { DocumentRequest, ParsedInput } from '../../../shared/api';
import { DOCX_CONTENT_TYPE, type DocumentFile } from '../../../shared/domain';
import { AppError, bi } from '../../../shared/errors';
import { fileNameFor, uniqueFileNames } from '../../../shared/file-names';
import { dictionaries } from '../../../shared/i18n';
import type { DB } from '../../../db/schema';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { documentTitle } from '../../documents/layout';
import { loadDocumentModel } from '../../documents/render';
import { loadCoveringLetterModel } from './covering-letter-model';
import { allocateNumbers, oneIssueAtATime, recordIssues, renderIssued, type Issued, type Numbering } from './register';

export interface PackProgress {
  done: number;
  total: number;
}

/** What a long call may be given by its transport: somewhere to report progress, and a way to stop it. */
export interface CallOptions {
  onProgress?: (progress: PackProgress) => void;
  signal?: AbortSignal;
}

export interface Pack {
  /** "Laporan penggal 1 2024": the folder or .zip the pack is saved as. */
  name: string;
  files: DocumentFile[];
}

const cancelled = () => new AppError('CANCELLED', bi('The pack was cancelled; nothing was issued or saved.', 'Pek dibatalkan; tiada apa dikeluarkan atau disimpan.'));

/**
 * Builds, issues and answers the pack. `deliver` (the desktop writing the files into the chosen folder) runs
 * inside the transaction that records them: if it fails, nothing is recorded as issued.
 */
export async function buildPack(db: Kysely<DB>, input: ParsedInput<'documents.pack'>, options: CallOptions = {}, deliver?: (files: DocumentFile[]) => void): Promise<Pack> {
  const { year, term, language } = input;
  const schools = await db.selectFrom('schools').select('id').where('archived_at', 'is', null).orderBy('number').orderBy('id').execute();
  const requests: DocumentRequest[] = [
    ...schools.map((s): DocumentRequest => ({ kind: 'school-term-report', schoolId: s.id, year, term, language })),
    { kind: 'cluster-term-report', year, term, language },
  ];
  // The reports and the covering letter.
  const total = requests.length + 1;
  options.onProgress?.({ done: 0, total });
  const models: DocumentModel[] = [];
  for (const request of requests) models.push(await loadDocumentModel(db, request));
  const issued = await oneIssueAtATime(async () => {
    // The covering letter comes first in the pack and in the numbering; it lists the reports by their numbers.
    const [letterNumber, ...numbers] = await allocateNumbers(db, [{ kind: 'covering-letter' }, ...requests.map((r) => ({ kind: r.kind }))]);
    const attachments = models.map((m, i) => ({ referenceNo: (numbers[i] as Numbering).referenceNo, title: documentTitle(m) }));
    const letter: DocumentModel = { kind: 'covering-letter', model: await loadCoveringLetterModel(db, { year, term, language, attachments }) };
    const out: Issued[] = [];
    const next = async (model: DocumentModel, request: unknown, numbering: Numbering) => {
      // A dropped connection or Cancel is heard between documents; nothing is recorded until all are made.
      if (options.signal?.aborted) throw cancelled();
      out.push(await renderIssued(model, request, numbering));
      options.onProgress?.({ done: out.length, total });
    };
    await next(letter, { kind: 'covering-letter', year, term, language }, letterNumber as Numbering);
    for (const [i, model] of models.entries()) await next(model, requests[i], numbers[i] as Numbering);
    if (options.signal?.aborted) throw cancelled();
    return db.transaction().execute(async (trx) => {
      const names = uniqueFileNames(await recordIssues(trx, out), '.docx');
      const files = out.map((r, i): DocumentFile => ({ fileName: names[i] as string, contentType: DOCX_CONTENT_TYPE, data: r.data }));
      deliver?.(files);
      return files;
    });
  });
  return { name: dictionaries[language].visits.packName.replace('{{term}}', String(term)).replace('{{year}}', String(year)), files: issued };
}

/** The pack as one .zip (browser mode downloads it). */
export async function packZip(pack: Pack): Promise<DocumentFile> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const f of pack.files) zip.file(f.fileName, f.data);
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { fileName: fileNameFor(pack.name, '.zip'), contentType: 'application/zip', data };
}
