/** The one client the features use: `call(method, input)`. No feature knows which transport is behind it. */
import type { Call, DocumentRequest } from '../../shared/api';
import type { DocumentFile } from '../../shared/domain';
import type { SaveFilesResult } from '../../shared/bridge';
import type { ApiError } from '../../shared/errors';
import type { Transport } from './transport';
import { httpTransport } from './transport.http';
import { ipcTransport } from './transport.ipc';

type FieldProblem = { field: string; message: string };

export class ApiCallError extends Error implements ApiError {
  readonly code: ApiError['code'];
  readonly field?: string;
  /** Every invalid field at once (the first one is also in `field`/`message`). */
  readonly errors?: FieldProblem[];
  constructor(e: ApiError & { errors?: FieldProblem[] }) {
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

/** Saves a rendered document: a save dialog on the desktop, a download in the browser. */
export async function saveDocument(request: DocumentRequest): Promise<{ saved: boolean; fileName: string }> {
  if (window.clusterApi) {
    const r = await window.clusterApi.saveDocument(request);
    if (!r.ok) throw new ApiCallError(r.error);
    return r.value as { saved: boolean; fileName: string };
  }
  const file: DocumentFile = await call('documents.render', request);
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
  for (const f of files) zip.file(f.fileName, f.data);
  download(await zip.generateAsync({ type: 'blob', mimeType: 'application/zip' }), `${packName}.zip`);
  return { saved: true, where: `${packName}.zip` };
}

/** Field errors by dotted path, for the form that made the call. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiCallError)) return {};
  const out: Record<string, string> = {};
  for (const e of err.errors ?? (err.field ? [{ field: err.field, message: err.message }] : [])) {
    if (e.field && !(e.field in out)) out[e.field] = e.message;
  }
  return out;
}

export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));
