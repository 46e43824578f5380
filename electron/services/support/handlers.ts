import type { HandlerSlice } from '../handlers';
import { readSupportRanking, setSchoolContext } from './ranking';

export const supportHandlers: HandlerSlice<'support.ranking' | 'support.setContext'> = {
  'support.ranking': (input, ctx) => readSupportRanking(ctx.db(), input),
  'support.setContext': (input, ctx) => setSchoolContext(ctx.db(), input),
};
