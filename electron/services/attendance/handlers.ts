import type { HandlerSlice } from '../handlers';
import { getAttendance, saveAttendance } from './attendance';
import { listMeasures } from './measure-rows';
import { saveMeasures } from './measures-save';

type AttendanceMethods = `attendance.${'get' | 'save'}` | `measures.${'list' | 'save'}`;

export const attendanceHandlers: HandlerSlice<AttendanceMethods> = {
  'attendance.get': (input, ctx) => getAttendance(ctx.db(), input.eventId, input.occurrenceDate),
  'attendance.save': (input, ctx) => saveAttendance(ctx.db(), input),
  'measures.list': (input, ctx) => listMeasures(ctx.db(), input.year),
  'measures.save': (input, ctx) => saveMeasures(ctx.db(), input),
};
