/** School improvement plans: priorities, SMART targets, actions and reviews. */
import { z } from 'zod';
import { bi } from '../errors';
import { id, optionalDate, picked, required, text, versionOrNew } from '../fields';
import { date, planYear } from '../plan/api';
import { SIP_ACTION_STATUSES, SIP_LIMITS, SIP_PROGRESS, SIP_TARGET_STATUSES, type Sip, type SipListRow } from './types';

const atMost = (n: number, en: string, ms: string) => bi(`At most ${n} ${en}`, `Paling banyak ${n} ${ms}`);
const figure = (en: string, ms: string) =>
  z.number({ error: bi(`Enter the ${en} as a number`, `Masukkan ${ms} sebagai nombor`) }).min(-1e9, bi('The number is too small', 'Nombor terlalu kecil')).max(1e9, bi('The number is too large', 'Nombor terlalu besar'));

const target = z.object({
  id: id.optional(),
  measure: required(300, ['Measure', 'Ukuran']),
  baseline: figure('baseline', 'garis dasar').nullable().default(null),
  target: figure('target', 'sasaran'),
  unit: text(20, ['Unit', 'Unit']).default(''),
  dueDate: date,
  status: z.enum(SIP_TARGET_STATUSES, { error: bi('Choose open, met, not met or dropped', 'Pilih terbuka, tercapai, tidak tercapai atau digugurkan') }).default('open'),
  examTypeId: id.nullable().default(null),
  subjectId: id.nullable().default(null),
});

const action = z.object({
  id: id.optional(),
  what: required(500, ['Action', 'Tindakan']),
  owner: text(120, ['Owner', 'Pemilik']).default(''),
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(SIP_ACTION_STATUSES, { error: bi('Choose a status', 'Pilih status') }).default('not-started'),
});

const priority = z.object({
  id: id.optional(),
  title: required(300, ['Priority', 'Keutamaan']),
  description: text(4000, ['Description', 'Huraian']).default(''),
  aspectIds: z.array(id).max(SIP_LIMITS.aspects, atMost(SIP_LIMITS.aspects, 'aspects', 'aspek')).default([]),
  targets: z.array(target).max(SIP_LIMITS.targets, atMost(SIP_LIMITS.targets, 'targets for a priority', 'sasaran bagi satu keutamaan')).default([]),
  actions: z.array(action).max(SIP_LIMITS.actions, atMost(SIP_LIMITS.actions, 'actions for a priority', 'tindakan bagi satu keutamaan')).default([]),
});

const review = z.object({
  number: z
    .number({ error: bi('Number the review 1 to 9', 'Nomborkan semakan 1 hingga 9') })
    .int(bi('Number the review 1 to 9', 'Nomborkan semakan 1 hingga 9'))
    .min(1, bi('Number the review 1 to 9', 'Nomborkan semakan 1 hingga 9'))
    .max(9, bi('Number the review 1 to 9', 'Nomborkan semakan 1 hingga 9')),
  date: optionalDate,
  reviewerId: id.nullable().default(null),
  peerReviewerId: id.nullable().default(null),
  findings: text(8000, ['Findings', 'Dapatan']).default(''),
  /** Progress on the plan's saved targets. */
  targets: z
    .array(
      z.object({
        targetId: picked('Choose a target', 'Pilih sasaran'),
        progress: z.enum(SIP_PROGRESS, { error: bi('Choose the progress', 'Pilih kemajuan') }),
        evidence: text(2000, ['Evidence', 'Bukti']).default(''),
      }),
    )
    .max(SIP_LIMITS.priorities * SIP_LIMITS.targets)
    .default([]),
});

export const sipSaveInput = z.object({
  schoolId: picked('Choose a school', 'Pilih sekolah'),
  year: planYear,
  /** 0 for a plan never saved yet. */
  version: versionOrNew,
  notes: text(4000, ['Notes', 'Catatan']).default(''),
  priorities: z.array(priority).max(SIP_LIMITS.priorities, atMost(SIP_LIMITS.priorities, 'priorities', 'keutamaan')).default([]),
  reviews: z.array(review).max(SIP_LIMITS.reviews, atMost(SIP_LIMITS.reviews, 'reviews', 'semakan')).default([]),
});
export type SipInput = z.output<typeof sipSaveInput>;

export const sipApi = {
  /** A school's plan for a year; an empty one (version 0, id null) while none is saved. */
  'sip.get': { input: z.object({ schoolId: picked('Choose a school', 'Pilih sekolah'), year: planYear }), output: {} as Sip },
  /** The whole plan in one transaction; unchanged priorities, targets and actions keep their ids. */
  'sip.save': { input: sipSaveInput, output: {} as Sip },
  /** Every active school with the state of its plan for the year. */
  'sip.list': { input: z.object({ year: planYear }), output: {} as SipListRow[] },
  /** Next year's plan from this year's: priorities, open targets and unfinished actions. */
  'sip.copyForward': { input: z.object({ schoolId: picked('Choose a school', 'Pilih sekolah'), fromYear: planYear }), output: {} as Sip },
} as const;
