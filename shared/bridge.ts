import type { ExportRequest } from './exports/api';
/** What the desktop shell's preload exposes as `window.clusterApi`, and the channels behind it. */
import type { DocumentRequest } from './api';
import type { ApiError } from './errors';

export const CALL_CHANNEL = 'cluster-office:call';
export const SAVE_DOCUMENT_CHANNEL = 'cluster-office:save-document';
export const NAVIGATE_CHANNEL = 'cluster-office:navigate';
/** Sent on NAVIGATE_CHANNEL when the data file can no longer be used: the page reads `app.status` again. */
export const STATUS_ROUTE = 'status';
export const SAVE_PACK_CHANNEL = 'cluster-office:save-pack';
export const SAVE_EXPORT_CHANNEL = 'cluster-office:save-export';
export const CANCEL_PACK_CHANNEL = 'cluster-office:cancel-pack';
export const PACK_PROGRESS_CHANNEL = 'cluster-office:pack-progress';

export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiError };
export interface SaveResult {
  saved: boolean;
  fileName: string;
}

export interface SaveFilesResult {
  saved: boolean;
  /** The folder chosen, for the message that says where the files went. */
  folder: string | null;
  files: string[];
}

export interface ClusterBridge {
  call(method: string, input: unknown): Promise<CallResult>;
  /**
   * Asks where to save a document, then issues it (reference number, register) and writes it there; the
   * renderer never names a path. Cancelling issues nothing.
   */
  saveDocument(issue: { request: DocumentRequest; keepReference?: string }): Promise<CallResult>;
  /**
   * The termly pack: asks for a folder, then the main process builds, issues and writes every report into
   * it (the documents never travel through the page). Progress arrives through `onPackProgress`.
   */
  savePack(input: { year: number; term: number; language: 'ms' | 'en' }): Promise<CallResult>;
  /** Makes a list's spreadsheet (`exports.render`), then asks where to save it and writes it there. */
  saveExport(request: ExportRequest): Promise<CallResult>;
  /** Stops the pack being built; nothing of it is issued or written. */
  cancelPack(): Promise<CallResult>;
  onPackProgress(listener: (progress: { done: number; total: number }) => void): () => void;
  /** The application menu asks for a page; returns the unsubscribe function. */
  onNavigate(listener: (route: string) => void): () => void;
}

declare global {
  interface Window {
    clusterApi?: ClusterBridge;
  }
}
