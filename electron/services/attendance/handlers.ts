import type { HandlerSlice } from '../handlers';

export const attendanceHandlers: HandlerSlice<never> = {};
