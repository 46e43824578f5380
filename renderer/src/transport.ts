import type { CallResult } from '../../shared/bridge';

/** What both transports do: send one method call, answer the dispatch result. */
export interface Transport {
  call(method: string, input: unknown): Promise<CallResult>;
}
