import type { HandlerSlice } from '../handlers';

export const wseHandlers: HandlerSlice<never> = {};
