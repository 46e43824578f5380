import { daysBetween } from '../../../shared/plan/calendar-dates';
import type { HandlerSlice } from '../handlers';
import { listOccurrences } from './occurrences';
import { createEvent, deleteEvent, editOccurrence, getEvent, skipOccurrence, updateEvent } from './events';
import { createExam, deleteExam, listExams, updateExam } from './exams';
import { createPeriod, deletePeriod, importPeriods, listPeriods, updatePeriod } from './periods';

/** The longest range a calendar view asks for at once: a month grid of six weeks, plus a day either side. */
const MONTH_GRID_DAYS = 44;

type CalendarMethods =
  | `events.${'list' | 'get' | 'create' | 'update' | 'delete' | 'skipOccurrence' | 'editOccurrence'}`
  | `periods.${'list' | 'create' | 'update' | 'delete' | 'import'}`
  | `exams.${'list' | 'create' | 'update' | 'delete'}`;

export const calendarHandlers: HandlerSlice<CalendarMethods> = {
  // A month grid (six weeks) answers in a few milliseconds here; longer ranges can take over 100 ms on a
  // big file, so they are read in the query thread, beside everything else.
  'events.list': (input, ctx) => (daysBetween(input.from, input.to) <= MONTH_GRID_DAYS ? listOccurrences(ctx.db(), input) : ctx.query('events.list', input)),
  'events.get': (input, ctx) => getEvent(ctx.db(), input.id),
  'events.create': (input, ctx) => createEvent(ctx.db(), input),
  'events.update': (input, ctx) => updateEvent(ctx.db(), input),
  'events.delete': (input, ctx) => deleteEvent(ctx.db(), input.id),
  'events.skipOccurrence': (input, ctx) => skipOccurrence(ctx.db(), input.id, input.date),
  'events.editOccurrence': (input, ctx) => editOccurrence(ctx.db(), input),
  'periods.list': (input, ctx) => listPeriods(ctx.db(), input.year),
  'periods.create': (input, ctx) => createPeriod(ctx.db(), input),
  'periods.update': (input, ctx) => updatePeriod(ctx.db(), input),
  'periods.delete': (input, ctx) => deletePeriod(ctx.db(), input.id),
  'periods.import': (input, ctx) => importPeriods(ctx.db(), input.kind, input.csv),
  'exams.list': (input, ctx) => listExams(ctx.db(), input.year),
  'exams.create': (input, ctx) => createExam(ctx.db(), input),
  'exams.update': (input, ctx) => updateExam(ctx.db(), input),
  'exams.delete': (input, ctx) => deleteExam(ctx.db(), input.id, input.withReviews),
};
