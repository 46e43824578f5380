/** What the desktop shell's preload exposes as `window.clusterApi`, and the channels behind it. */
import type { DocumentRequest } from './api';
import type { ApiError } from './errors';

export const CALL_CHANNEL = 'cluster-office:call';
export const SAVE_DOCUMENT_CHANNEL = 'cluster-office:save-document';
export const NAVIGATE_CHANNEL = 'cluster-office:navigate';
export const SAVE_FILES_CHANNEL = 'cluster-office:save-files';

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
  /** Asks for a folder and writes the rendered documents into it, one file each (a termly pack). */
  saveFiles(files: { fileName: string; data: Uint8Array }[]): Promise<CallResult>;
  /** The application menu asks for a page; returns the unsubscribe function. */
  onNavigate(listener: (route: string) => void): () => void;
}

declare global {
  interface Window {
    clusterApi?: ClusterBridge;
  }
}
