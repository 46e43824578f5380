/** The visits part of the contract: visits, observations, next steps, coverage and termly report texts. */
import { z } from 'zod';
import { bi } from '../errors';
import { id, optionalDate, picked, required, text, version, versionOrNew, versionWithId, whenValid } from '../fields';
import { date, planYear } from '../plan/api';
import { aspectIds } from '../wse/api';
import { VISIT_STATUSES, type ClusterRatings, type Coverage, type FollowUp, type FollowUpItem, type ListEntry, type Term, type TermReportText, type Visit, type VisitSummary } from './types';

const term = z
  .number({ error: bi('Choose a term', 'Pilih penggal') })
  .int(bi('Choose a term', 'Pilih penggal'))
  .min(1, bi('Terms are numbered 1 to 6', 'Penggal bernombor 1 hingga 6'))
  .max(6, bi('Terms are numbered 1 to 6', 'Penggal bernombor 1 hingga 6'));

const nextStep = z.object({
  id: id.optional(),
  text: required(500, ['Next step', 'Langkah seterusnya']),
  owner: text(120, ['Owner', 'Pemilik']).default(''),
  dueDate: optionalDate,
  /** The SIP action or target of the school's plan for the visit's year that the step serves. */
  sipActionId: id.nullable().default(null),
  sipTargetId: id.nullable().default(null),
  aspectIds,
});

const visitFields = z.object({
  schoolId: picked('Choose a school', 'Pilih sekolah'),
  date,
  purposeId: picked('Choose the purpose of the visit', 'Pilih tujuan lawatan'),
  status: z.enum(VISIT_STATUSES, { error: bi('Choose planned, done or cancelled', 'Pilih dirancang, selesai atau dibatalkan') }).default('done'),
  officerIds: z.array(id).max(10).default([]),
  peopleMet: text(500, ['People met', 'Orang yang ditemui']).default(''),
  findings: text(8000, ['Findings', 'Dapatan']).default(''),
  nextVisitDate: optionalDate,
  nextSteps: z.array(nextStep).max(30).default([]),
  aspectIds,
});
const visitCheck = (v: { date: string; nextVisitDate: string | null; status: string; officerIds: number[] }, ctx: z.RefinementCtx) => {
  if (v.nextVisitDate && v.nextVisitDate <= v.date) {
    ctx.addIssue({ code: 'custom', path: ['nextVisitDate'], message: bi('The next visit comes after this one', 'Lawatan seterusnya mesti selepas lawatan ini') });
  }
  if (v.status === 'done' && v.officerIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['officerIds'], message: bi('Name the officers who made the visit', 'Namakan pegawai yang membuat lawatan') });
  }
};
const visitCheckWhen = whenValid(visitFields, ['date', 'nextVisitDate', 'status', 'officerIds']);
export type VisitInput = z.output<typeof visitFields>;

const listEntry = z
  .object({
    id: id.optional(),
    version: version.optional(),
    code: required(30, ['Code', 'Kod']),
    nameMs: required(200, ['Name (BM)', 'Nama (BM)']),
    nameEn: required(200, ['Name (EN)', 'Nama (EN)']),
  })
  .superRefine(versionWithId);

const rating = z
  .number({ error: bi('Rate 1 to 4', 'Nilai 1 hingga 4') })
  .int(bi('Rate 1 to 4', 'Nilai 1 hingga 4'))
  .min(1, bi('Rate 1 to 4', 'Nilai 1 hingga 4'))
  .max(4, bi('Rate 1 to 4', 'Nilai 1 hingga 4'));

const visit = {} as Visit;
/** A page of a long list, from 1. */
const pageNumber = z.number({ error: bi('Choose a page', 'Pilih halaman') }).int(bi('Choose a page', 'Pilih halaman')).min(1, bi('Pages start at 1', 'Halaman bermula dari 1')).default(1);

export const visitsApi = {
  'visits.purposes': { input: z.object({ includeArchived: z.boolean().default(false) }), output: {} as ListEntry[] },
  'visits.savePurpose': { input: listEntry, output: {} as ListEntry },
  'visits.setPurposeArchived': { input: z.object({ id, archived: z.boolean() }), output: {} as ListEntry },
  'rubric.list': { input: z.object({ includeArchived: z.boolean().default(false) }), output: {} as ListEntry[] },
  'rubric.save': { input: listEntry, output: {} as ListEntry },
  'rubric.setArchived': { input: z.object({ id, archived: z.boolean() }), output: {} as ListEntry },

  'visits.list': {
    input: z.object({ from: date, to: date, schoolId: id.nullable().default(null), personId: id.nullable().default(null) }),
    output: {} as VisitSummary[],
  },
  'visits.get': { input: z.object({ id }), output: visit },
  'visits.create': { input: visitFields.superRefine(visitCheck, visitCheckWhen), output: visit },
  'visits.update': { input: visitFields.extend({ id, version }).superRefine(visitCheck, visitCheckWhen), output: visit },
  'visits.delete': { input: z.object({ id }), output: {} as { id: number } },

  'observations.save': {
    input: z
      .object({
        id: id.optional(),
        version: version.optional(),
        visitId: id,
        teacher: required(120, ['Teacher', 'Guru']),
        className: text(60, ['Class', 'Kelas']).default(''),
        subject: text(80, ['Subject', 'Mata pelajaran']).default(''),
        strengths: text(4000, ['Strengths', 'Kekuatan']).default(''),
        improvements: text(4000, ['Areas to improve', 'Aspek penambahbaikan']).default(''),
        ratings: z.array(z.object({ criterionId: picked('Choose a criterion', 'Pilih kriteria'), rating })).max(30).default([]),
        aspectIds,
      })
      .superRefine(versionWithId),
    output: visit,
  },
  'observations.delete': { input: z.object({ id }), output: visit },

  'nextSteps.followUp': {
    input: z.object({
      schoolId: id.nullable().default(null),
      includeClosed: z.boolean().default(false),
      /** The page of the closed history, from 1. */
      page: pageNumber,
      /** The page of the open steps, from 1. */
      openPage: pageNumber,
      /** The day overdue is counted on (Today's as-of date); today when left out. */
      asOf: date.optional(),
    }),
    output: {} as FollowUp,
  },
  'nextSteps.close': {
    input: z.object({ id, closedOn: date, note: required(1000, ['Closing note', 'Catatan penutup']) }),
    output: {} as FollowUpItem,
  },
  'nextSteps.reopen': { input: z.object({ id }), output: {} as FollowUpItem },

  'terms.list': { input: z.object({ year: planYear }), output: {} as Term[] },
  'visits.coverage': { input: z.object({ year: planYear, term }), output: {} as Coverage },
  /** The mean observation rating of each criterion across the cluster, term by term through the year. */
  'visits.ratings': { input: z.object({ year: planYear }), output: {} as ClusterRatings },
  'visits.setWeeklyTarget': {
    input: z.object({
      target: z
        .number({ error: bi('Enter visits per week', 'Masukkan lawatan setiap minggu') })
        .int(bi('Enter a whole number', 'Masukkan nombor bulat'))
        .min(1, bi('The target is 1 to 50 visits a week', 'Sasaran ialah 1 hingga 50 lawatan seminggu'))
        .max(50, bi('The target is 1 to 50 visits a week', 'Sasaran ialah 1 hingga 50 lawatan seminggu')),
    }),
    output: {} as { target: number },
  },

  'termReports.get': { input: z.object({ schoolId: id.nullable(), year: planYear, term }), output: {} as TermReportText },
  'termReports.save': {
    input: z.object({
      schoolId: id.nullable(),
      year: planYear,
      term,
      /** 0 for a text never saved yet. */
      version: versionOrNew,
      narrative: text(20000, ['Narrative', 'Naratif']).default(''),
      highlights: text(20000, ['Highlights', 'Sorotan']).default(''),
      challenges: text(20000, ['Challenges', 'Cabaran']).default(''),
    }),
    output: {} as TermReportText,
  },
} as const;

export const termSchema = term;
