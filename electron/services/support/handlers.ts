import type { HandlerSlice } from '../handlers';
import { readSupportRanking } from './ranking';

export const supportHandlers: HandlerSlice<'support.ranking'> = {
  'support.ranking': (input, ctx) => readSupportRanking(ctx.db(), input),
};
