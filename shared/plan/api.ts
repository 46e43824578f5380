/** The initiative year's part of the contract: plan years, initiatives, lanes, phases, events, terms, exams. */
import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { SCHOOL_LEVELS } from '../domain';
import { bi } from '../errors';
import { id, required, text, version, whenValid } from '../fields';
import { daysBetween } from './calendar-dates';
import { isPlanMonth } from './months';
import { ruleProblem } from './recurrence';
import { PERIOD_KINDS, type CalendarEvent, type CalendarPeriod, type Exam, type Occurrence, type Plan, type PlanChange, type PlanYearSummary } from './types';

export const planYear = z
  .number({ error: bi('Enter a year', 'Masukkan tahun') })
  .int(bi('Enter a year such as 2024', 'Masukkan tahun seperti 2024'))
  .min(2000, bi('Enter a year from 2000 to 2100', 'Masukkan tahun dari 2000 hingga 2100'))
  .max(2100, bi('Enter a year from 2000 to 2100', 'Masukkan tahun dari 2000 hingga 2100'));
const month = z.string({ error: bi('Choose a month', 'Pilih bulan') }).trim().refine(isPlanMonth, bi('Choose a month as YYYY-MM', 'Pilih bulan (TTTT-BB)'));
export const date = z
  .string({ error: bi('Enter a date', 'Masukkan tarikh') })
  .trim()
  .refine(isCalendarDate, bi('Enter a real date as YYYY-MM-DD', 'Masukkan tarikh yang sah (TTTT-BB-HH)'));
const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, bi('Enter a time as HH:MM, e.g. 14:30', 'Masukkan masa (JJ:MM), cth. 14:30'));
const colour = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, bi('Choose a colour such as #2f6fb3', 'Pilih warna seperti #2f6fb3'));
const position = z.number().int().min(0, bi('Position starts at 0', 'Kedudukan bermula pada 0'));
const windowMonths = z
  .number({ error: bi('Enter the number of months', 'Masukkan bilangan bulan') })
  .int(bi('Enter a whole number of months', 'Masukkan bilangan bulan yang bulat'))
  .min(1, bi('The plan has 1 to 24 months', 'Pelan mempunyai 1 hingga 24 bulan'))
  .max(24, bi('The plan has 1 to 24 months', 'Pelan mempunyai 1 hingga 24 bulan'));
const ids = (max: number) => z.array(id).max(max).default([]);

const initiativeFields = z.object({
  code: required(40, ['Code', 'Kod']),
  name: required(200, ['Full name', 'Nama penuh']),
  nameEn: text(200, ['Full name (EN)', 'Nama penuh (EN)']).default(''),
  descriptionMs: text(4000, ['Description (BM)', 'Keterangan (BM)']).default(''),
  descriptionEn: text(4000, ['Description (EN)', 'Keterangan (EN)']).default(''),
  objectives: text(4000, ['Objectives', 'Objektif']).default(''),
  successMeasures: text(4000, ['Success measures', 'Ukuran kejayaan']).default(''),
  targetLevels: z.array(z.enum(SCHOOL_LEVELS)).default([]),
  schoolIds: ids(200),
  ownerId: id.nullable().default(null),
  /** Empty picks the next colour of the palette. */
  colour: z.union([z.literal(''), colour]).default(''),
});
export type InitiativeInput = z.output<typeof initiativeFields>;

const phaseFields = z.object({
  name: required(200, ['Phase name', 'Nama fasa']),
  nameEn: text(200, ['Phase name (EN)', 'Nama fasa (EN)']).default(''),
  start: month,
  end: month,
});

const periodFields = z.object({
  kind: z.enum(PERIOD_KINDS, { error: bi('Choose term or holiday', 'Pilih penggal atau cuti') }),
  name: required(200, ['Name', 'Nama']),
  nameEn: text(200, ['Name (EN)', 'Nama (EN)']).default(''),
  start: date,
  end: date,
});
const periodCheck = (v: { start: string; end: string }, ctx: z.RefinementCtx) => {
  if (daysBetween(v.start, v.end) < 0) ctx.addIssue({ code: 'custom', path: ['end'], message: bi('The end date is before the start date', 'Tarikh tamat sebelum tarikh mula') });
};

const periodCheckWhen = whenValid(periodFields, ['start', 'end']);

const eventBase = z.object({
  title: required(200, ['Title', 'Tajuk']),
  startDate: date,
  endDate: date,
  allDay: z.boolean().default(true),
  startTime: time.nullable().default(null),
  endTime: time.nullable().default(null),
  place: text(200, ['Place', 'Tempat']).default(''),
  notes: text(4000, ['Notes', 'Catatan']).default(''),
  initiativeId: id.nullable().default(null),
  phaseId: id.nullable().default(null),
  schoolIds: ids(200),
  personIds: ids(50),
  rrule: z
    .string()
    .trim()
    .max(500)
    .transform((v) => (v === '' ? null : v.replace(/^RRULE:/, '')))
    .nullable()
    .default(null),
  repeatUntil: z
    .union([z.literal(''), date])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  skips: z.array(date).max(400).default([]),
});
export type EventInput = z.output<typeof eventBase>;

/** Recurring events are bounded (two years) so a series never becomes thousands of rows on screen or paper. */
export const MAX_SERIES_DAYS = 731;

function eventCheck(v: z.output<typeof eventBase>, ctx: z.RefinementCtx) {
  const issue = (path: string, en: string, ms: string) => ctx.addIssue({ code: 'custom', path: [path], message: bi(en, ms) });
  if (daysBetween(v.startDate, v.endDate) < 0) issue('endDate', 'The end date is before the start date', 'Tarikh tamat sebelum tarikh mula');
  if (!v.allDay) {
    if (v.startTime === null) issue('startTime', 'Enter a start time, or mark the event all-day', 'Masukkan masa mula, atau tandakan sepanjang hari');
    if (v.endTime === null) issue('endTime', 'Enter an end time, or mark the event all-day', 'Masukkan masa tamat, atau tandakan sepanjang hari');
    else if (v.startTime !== null && v.startDate === v.endDate && v.endTime <= v.startTime) issue('endTime', 'The end time must be after the start time', 'Masa tamat mestilah selepas masa mula');
  }
  if (v.rrule !== null) {
    if (ruleProblem(v.rrule)) issue('rrule', 'This repeat rule cannot be read (e.g. FREQ=WEEKLY;BYDAY=WE)', 'Peraturan ulangan ini tidak dapat dibaca (cth. FREQ=WEEKLY;BYDAY=WE)');
    else if (v.repeatUntil === null) issue('repeatUntil', 'Choose the date the repeats end', 'Pilih tarikh ulangan berakhir');
    else if (daysBetween(v.startDate, v.repeatUntil) < 0) issue('repeatUntil', 'Repeats must end on or after the first date', 'Ulangan mesti berakhir pada atau selepas tarikh pertama');
    else if (daysBetween(v.startDate, v.repeatUntil) > MAX_SERIES_DAYS) issue('repeatUntil', 'A series may run for at most two years', 'Satu siri boleh berlangsung paling lama dua tahun');
  }
}
const eventCheckWhen = whenValid(eventBase, ['startDate', 'endDate', 'allDay', 'startTime', 'endTime', 'rrule', 'repeatUntil']);
const eventFields = eventBase.superRefine(eventCheck, eventCheckWhen);
const occurrenceFields = eventBase.omit({ rrule: true, repeatUntil: true, skips: true });

const checkpointDays = z
  .array(
    z
      .number({ error: bi('Enter a number of days', 'Masukkan bilangan hari') })
      .int(bi('Enter whole days', 'Masukkan hari yang bulat'))
      .min(1, bi('Checkpoints are 1 to 400 days before the exam', 'Titik semak ialah 1 hingga 400 hari sebelum peperiksaan'))
      .max(400, bi('Checkpoints are 1 to 400 days before the exam', 'Titik semak ialah 1 hingga 400 hari sebelum peperiksaan')),
  )
  .max(12, bi('At most 12 checkpoints', 'Paling banyak 12 titik semak'))
  .default([150, 100, 50, 20]);
const examFields = z.object({
  name: required(120, ['Exam', 'Peperiksaan']),
  date,
  checkpointDays,
  /** Null ties the exam to the year's STEPS initiative when there is one. */
  initiativeId: id.nullable().default(null),
  /** PSR, O Level…: which schools sit it and which results its checkpoints end at; null for any other exam. */
  examTypeId: id.nullable().default(null),
});

const change = {} as PlanChange;

export const planApi = {
  'plan.years': { input: z.object({}).strict(), output: {} as PlanYearSummary[] },
  'plan.get': { input: z.object({ year: planYear }), output: {} as Plan },
  'plan.createYear': {
    input: z.object({ year: planYear, windowStart: z.union([z.literal(''), month]).default(''), windowMonths: windowMonths.default(13) }),
    output: {} as Plan,
  },
  'plan.setWindow': { input: z.object({ year: planYear, windowStart: month, windowMonths }), output: {} as Plan },
  'plan.copyForward': { input: z.object({ year: planYear }), output: {} as Plan },

  'initiatives.create': { input: initiativeFields.extend({ year: planYear }), output: change },
  'initiatives.update': { input: initiativeFields.extend({ id, version }), output: change },
  'initiatives.delete': { input: z.object({ id }), output: change },
  'initiatives.restore': { input: z.object({ id }), output: change },
  'initiatives.move': { input: z.object({ id, position }), output: change },
  /** The order of the year's initiatives in the cluster profile: every live initiative once, first to last. */
  'initiatives.setProfileOrder': {
    input: z.object({
      year: planYear,
      ids: z
        .array(id)
        .max(100)
        .refine((v) => new Set(v).size === v.length, bi('An initiative is listed twice', 'Satu inisiatif disenaraikan dua kali')),
    }),
    output: {} as Plan,
  },

  'lanes.create': { input: z.object({ initiativeId: id, name: text(80, ['Lane name', 'Nama lorong']).default('') }), output: change },
  'lanes.update': { input: z.object({ id, version, name: text(80, ['Lane name', 'Nama lorong']) }), output: change },
  'lanes.delete': { input: z.object({ id }), output: change },
  'lanes.restore': { input: z.object({ id }), output: change },
  'lanes.move': { input: z.object({ id, position }), output: change },

  'phases.create': { input: phaseFields.extend({ laneId: id }), output: change },
  'phases.update': { input: phaseFields.extend({ id, version, laneId: id.optional() }), output: change },
  'phases.delete': { input: z.object({ id }), output: change },
  'phases.restore': { input: z.object({ id }), output: change },

  'events.list': {
    input: z
      .object({ from: date, to: date, initiativeIds: ids(100), schoolIds: ids(200), personIds: ids(50) })
      .refine((v) => daysBetween(v.from, v.to) >= 0 && daysBetween(v.from, v.to) <= 800, {
        path: ['to'],
        message: bi('Choose a range of up to two years, ending after it starts', 'Pilih julat sehingga dua tahun, yang tamat selepas bermula'),
      }),
    output: {} as { occurrences: Occurrence[]; periods: CalendarPeriod[] },
  },
  'events.get': { input: z.object({ id }), output: {} as CalendarEvent },
  'events.create': { input: eventFields, output: {} as CalendarEvent },
  'events.update': { input: eventBase.extend({ id, version }).superRefine(eventCheck, eventCheckWhen), output: {} as CalendarEvent },
  'events.delete': { input: z.object({ id }), output: {} as { id: number } },
  'events.skipOccurrence': { input: z.object({ id, date }), output: {} as CalendarEvent },
  'events.editOccurrence': {
    input: occurrenceFields.extend({ seriesId: id, occurrenceDate: date }).superRefine((v, ctx) => eventCheck({ ...v, rrule: null, repeatUntil: null, skips: [] }, ctx), whenValid(eventBase, ['startDate', 'endDate', 'allDay', 'startTime', 'endTime'])),
    output: {} as CalendarEvent,
  },

  'periods.list': { input: z.object({ year: planYear }), output: {} as CalendarPeriod[] },
  'periods.create': { input: periodFields.superRefine(periodCheck, periodCheckWhen), output: {} as CalendarPeriod },
  'periods.update': { input: periodFields.extend({ id, version }).superRefine(periodCheck, periodCheckWhen), output: {} as CalendarPeriod },
  'periods.delete': { input: z.object({ id }), output: {} as { id: number } },
  'periods.import': {
    input: z.object({
      kind: periodFields.shape.kind,
      csv: z.string().max(200_000, bi('The file is too large for a list of dates', 'Fail ini terlalu besar untuk senarai tarikh')),
    }),
    output: {} as { imported: number; periods: CalendarPeriod[] },
  },

  'exams.list': { input: z.object({ year: planYear }), output: {} as Exam[] },
  'exams.create': { input: examFields, output: {} as Exam },
  'exams.update': { input: examFields.extend({ id, version }), output: {} as Exam },
  /** An exam whose checkpoints were reviewed is deleted with its reviews only when `withReviews` says so. */
  'exams.delete': { input: z.object({ id, withReviews: z.boolean().default(false) }), output: {} as { id: number } },
} as const;
