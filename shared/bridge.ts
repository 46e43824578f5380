/** What the desktop shell's preload exposes as `window.clusterApi`, and the channels behind it. */
import type { DocumentRequest } from './api';
import type { ApiError } from './errors';

export const CALL_CHANNEL = 'cluster-office:call';
export const SAVE_DOCUMENT_CHANNEL = 'cluster-office:save-document';
export const NAVIGATE_CHANNEL = 'cluster-office:navigate';

export type CallResult = { ok: true; value: unknown } | { ok: false; error: ApiError };
export interface SaveResult {
  saved: boolean;
  fileName: string;
}

export interface ClusterBridge {
  call(method: string, input: unknown): Promise<CallResult>;
  /** Renders a document in the main process and asks where to save it (the renderer never names a path). */
  saveDocument(request: DocumentRequest): Promise<CallResult>;
  /** The application menu asks for a page; returns the unsubscribe function. */
  onNavigate(listener: (route: string) => void): () => void;
}

declare global {
  interface Window {
    clusterApi?: ClusterBridge;
  }
}
