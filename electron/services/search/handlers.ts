import type { HandlerSlice } from '../handlers';
import { searchQuery } from './search';

export const searchHandlers: HandlerSlice<'search.query'> = {
  'search.query': (input, ctx) => searchQuery(ctx.db(), input),
};
