/** The one client the features use: `call(method, input)`. No feature knows which transport is behind it. */
import type { ExportRequest } from '../../shared/exports/api';
import type { Call, DocumentRequest } from '../../shared/api';
import type { DocumentFile } from '../../shared/domain';
import type { CallResult, SaveFilesResult } from '../../shared/bridge';
import type { ApiError, FieldError } from '../../shared/errors';
import { formatDate } from '../../shared/dates';
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

let inFlight = 0;
const unavailableListeners = new Set<() => void>();

/** True while any call waits for its answer. */
export const callsInFlight = () => inFlight > 0;

/**
 * Told of every answer that says the data file cannot be used (damaged and set aside, not open, or the
 * host not answering), so the app can read its state again; returns the unsubscribe function.
 */
export function onUnavailable(listener: () => void): () => void {
  unavailableListeners.add(listener);
  return () => void unavailableListeners.delete(listener);
}

/** Every answer, whichever way it came, passes here. */
async function answered(pending: Promise<CallResult>): Promise<CallResult> {
  inFlight++;
  try {
    const r = await pending;
    if (!r.ok && r.error.code === 'DATABASE_UNAVAILABLE') unavailableListeners.forEach((l) => l());
    return r;
  } finally {
    inFlight--;
  }
}

export const call: Call = async (method, input) => {
  const r = await answered(transport.call(method, input));
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
 * A list's spreadsheet (`exports.render`), saved: a save dialog on the desktop, a download in the browser.
 */
export async function saveExport(request: ExportRequest): Promise<{ saved: boolean; fileName: string }> {
  return savedFile(
    (bridge) => bridge.saveExport(request),
    () => call('exports.render', request),
  );
}

/** A file saved by the desktop shell (its own save dialog), or in the browser made by `make` and downloaded. */
async function savedFile(onDesktop: (bridge: NonNullable<typeof window.clusterApi>) => Promise<CallResult>, make: () => Promise<DocumentFile>): Promise<{ saved: boolean; fileName: string }> {
  if (window.clusterApi) {
    const r = await answered(onDesktop(window.clusterApi));
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value as { saved: boolean; fileName: string };
  }
  const file = await make();
  download(new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.contentType }), file.fileName);
  return { saved: true, fileName: file.fileName };
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
  return savedFile(
    (bridge) => bridge.saveDocument(issue),
    () => call('documents.issue', issue),
  );
}

/**
 * The termly pack, built and issued by the main process: on the desktop written into a folder the user
 * picks, in the browser downloaded as one .zip. Progress follows as it goes; `signal` cancels it, and a
 * cancelled pack issues and writes nothing.
 */
export async function savePack(
  input: { year: number; term: number; language: 'ms' | 'en' },
  onProgress: (progress: { done: number; total: number }) => void,
  signal: AbortSignal,
): Promise<{ saved: boolean; where: string; count: number }> {
  if (window.clusterApi) {
    const bridge = window.clusterApi;
    const unsubscribe = bridge.onPackProgress(onProgress);
    const cancel = () => void bridge.cancelPack();
    signal.addEventListener('abort', cancel);
    try {
      const r = await answered(bridge.savePack(input));
      if (!r.ok) throw new ApiCallError(r.error);
      const v = r.value as SaveFilesResult;
      return { saved: v.saved, where: v.folder ?? '', count: v.files.length };
    } finally {
      signal.removeEventListener('abort', cancel);
      unsubscribe();
    }
  }
  let count = 0;
  const progress = (p: { done: number; total: number }) => {
    count = p.total;
    onProgress(p);
  };
  const r = await answered(transport.call('documents.pack', input, { onProgress: progress, signal }));
  if (!r.ok) throw new ApiCallError(r.error);
  const zip = r.value as DocumentFile;
  download(new Blob([zip.data as Uint8Array<ArrayBuffer>], { type: zip.contentType }), zip.fileName);
  return { saved: true, where: zip.fileName, count };
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
