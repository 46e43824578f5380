import type { HandlerSlice } from '../handlers';

export const resultsHandlers: HandlerSlice<never> = {};
