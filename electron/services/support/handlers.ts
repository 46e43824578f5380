import type { HandlerSlice } from '../handlers';

export const supportHandlers: HandlerSlice<never> = {};
