/** The one client the features use: `call(method, input)`. No feature knows which transport is behind it. */
import type { Call, DocumentRequest } from '../../shared/api';
import type { DocumentFile } from '../../shared/domain';
import type { SaveFilesResult } from '../../shared/bridge';
import type { ApiError, FieldError } from '../../shared/errors';
import { formatDate } from '../../shared/dates';
import { fileNameFor, uniqueFileNames } from '../../shared/file-names';
import { confirm } from './forms/confirm';
import i18n from './i18n';
import type { Transport } from './transport';
import { httpTransport } from './transport.http';
import { ipcTransport } from './transport.ipc';

export class ApiCallError extends Error implements ApiError {
  readonly code: ApiError['code'];
  readonly field?: string;
  readonly errors?: FieldError[];
  constructor(e: ApiError) {
    super(e.message);
    this.code = e.code;
    if (e.field !== undefined) this.field = e.field;
    if (e.errors !== undefined) this.errors = e.errors;
  }
}

const transport: Transport = window.clusterApi ? ipcTransport(window.clusterApi) : httpTransport();

export const call: Call = async (method, input) => {
  const r = await transport.call(method, input);
  if (!r.ok) throw new ApiCallError(r.error);
  return r.value as never;
};

/** Browser mode: hands the bytes to the browser as a download. */
function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Issues a document — it gets its reference number and a register entry — and saves it: a save dialog on
 * the desktop, a download in the browser. Issued before? The user may keep its number as a new revision.
 */
export async function saveDocument(request: DocumentRequest): Promise<{ saved: boolean; fileName: string }> {
  const before = await call('documents.previousIssue', { request });
  const keep =
    before !== null &&
    (await confirm({
      title: i18n.t('register.issuedBefore', { reference: before.referenceNo, date: formatDate(before.issuedOn) }),
      message: i18n.t('register.keepOrNew'),
      confirmLabel: i18n.t('register.keepNumber', { reference: before.referenceNo }),
      cancelLabel: i18n.t('register.newNumber'),
      testId: 'reissue-dialog',
    }));
  const issue = keep && before ? { request, keepReference: before.referenceNo } : { request };
  if (window.clusterApi) {
    const r = await window.clusterApi.saveDocument(issue);
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value as { saved: boolean; fileName: string };
  }
  const file: DocumentFile = await call('documents.issue', issue);
  download(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.fileName);
  return { saved: true, fileName: file.fileName };
}

/**
 * Saves several documents at once (a termly pack): into a folder the user picks on the desktop, as one
 * .zip download in the browser.
 */
export async function saveFiles(packName: string, files: DocumentFile[]): Promise<{ saved: boolean; where: string }> {
  if (window.clusterApi) {
    const r = await window.clusterApi.saveFiles(files.map((f) => ({ fileName: f.fileName, data: f.data })));
    if (!r.ok) throw new ApiCallError(r.error);
    const v = r.value as SaveFilesResult;
    return { saved: v.saved, where: v.folder ?? '' };
  }
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const names = uniqueFileNames(files.map((f) => f.fileName), '.docx');
  files.forEach((f, i) => zip.file(names[i] as string, f.data));
  const zipName = fileNameFor(packName, '.zip');
  download(await zip.generateAsync({ type: 'blob', mimeType: 'application/zip' }), zipName);
  return { saved: true, where: zipName };
}

/** Every field error by dotted path, for the form that made the call (the first message of a field wins). */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const e of err.errors ?? (err.field ? [{ field: err.field, message: err.message }] : [])) {
    if (e.field && !(e.field in out)) out[e.field] = e.message;
  }
  return out;
}

export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));
