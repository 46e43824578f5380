/**
 * The termly pack, built in the main process: a covering letter to the Director of Schools listing every
 * active school's term report and the cluster report as its attachments, each issued under its own
 * reference number, rendered in the rendering threads as many at a time as there are threads. Nothing is
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
import { RENDER_THREADS } from '../../documents/render-thread';
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
    const jobs: { model: DocumentModel; request: unknown; numbering: Numbering }[] = [
      { model: letter, request: { kind: 'covering-letter', year, term, language }, numbering: letterNumber as Numbering },
      ...models.map((model, i) => ({ model, request: requests[i], numbering: numbers[i] as Numbering })),
    ];
    const out: Issued[] = new Array<Issued>(jobs.length);
    let started = 0;
    let done = 0;
    // Each lane takes the next document when its last is back. A dropped connection or Cancel is heard
    // between documents; nothing is recorded until all are made, and the files keep the pack's order.
    const lane = async () => {
      while (started < jobs.length) {
        if (options.signal?.aborted) throw cancelled();
        const i = started++;
        const job = jobs[i] as (typeof jobs)[number];
        out[i] = await renderIssued(job.model, job.request, job.numbering);
        options.onProgress?.({ done: ++done, total });
      }
    };
    await Promise.all(Array.from({ length: Math.min(RENDER_THREADS, jobs.length) }, lane));
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
  // Stored, not deflated: a .docx is a zip already, and deflating it again only costs time.
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
  return { fileName: fileNameFor(pack.name, '.zip'), contentType: 'application/zip', data };
}
