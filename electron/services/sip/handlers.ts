import type { HandlerSlice } from '../handlers';

export const sipHandlers: HandlerSlice<never> = {};
