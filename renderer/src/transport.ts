import type { CallResult } from '../../shared/bridge';

/** What both transports do: send one method call, answer the dispatch result. */
export interface Transport {
  call(method: string, input: unknown, options?: CallOptions): Promise<CallResult>;
}

/** For a long call (the termly pack): progress as it goes, and a way to stop it. */
export interface CallOptions {
  onProgress?: (progress: { done: number; total: number }) => void;
  signal?: AbortSignal;
}
