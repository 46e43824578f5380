/** The Mentoring & Coaching part of the contract. */
import { z } from 'zod';
import { bi } from '../errors';
import { id, optionalDate, picked, required, text, version, versionWithId, whenValid } from '../fields';
import { date, planYear } from '../plan/api';
import { daysBetween } from '../plan/calendar-dates';
import { SCHEDULES, SESSION_MODES, type Assignment, type Competency, type MentoringBoard, type MentoringPerson } from './types';

const level = (label: string) =>
  z
    .number({ error: bi(`Choose the ${label} level (1 to 5)`, `Pilih tahap ${label === 'baseline' ? 'asas' : label === 'target' ? 'sasaran' : 'yang dinilai'} (1 hingga 5)`) })
    .int(bi('Levels are 1 to 5', 'Tahap ialah 1 hingga 5'))
    .min(1, bi('Levels are 1 to 5', 'Tahap ialah 1 hingga 5'))
    .max(5, bi('Levels are 1 to 5', 'Tahap ialah 1 hingga 5'));

const focus = z
  .array(
    z
      // The form sends 0 for a row whose competency is not chosen yet.
      .object({ competencyId: picked('Choose a competency', 'Pilih kompetensi'), baseline: level('baseline'), target: level('target') })
      .refine((f) => f.target >= f.baseline, { path: ['target'], message: bi('The target cannot be below the baseline', 'Sasaran tidak boleh lebih rendah daripada tahap asas') }),
  )
  .min(1, bi('Choose at least one focus competency', 'Pilih sekurang-kurangnya satu kompetensi fokus'))
  .max(7, bi('At most 7 focus competencies', 'Paling banyak 7 kompetensi fokus'))
  .refine((fs) => new Set(fs.map((f) => f.competencyId)).size === fs.length, bi('A competency is chosen twice', 'Satu kompetensi dipilih dua kali'));

const assignmentBase = z.object({
  mentorId: picked('Choose a mentor', 'Pilih mentor'),
  goals: text(4000, ['Goals', 'Matlamat']).default(''),
  schedule: z.enum(SCHEDULES, { error: bi('Choose how often they meet', 'Pilih kekerapan pertemuan') }),
  startDate: optionalDate,
  endDate: optionalDate,
  status: z.enum(['proposed', 'appointed', 'active'], { error: bi('Choose proposed, appointed or active', 'Pilih dicadangkan, dilantik atau aktif') }).default('proposed'),
  appointedOn: optionalDate,
  referenceNo: text(80, ['Reference number', 'Nombor rujukan']).default(''),
  focus,
});
type AssignmentBase = z.output<typeof assignmentBase>;

function assignmentCheck(v: AssignmentBase, ctx: z.RefinementCtx) {
  const issue = (path: string, en: string, ms: string) => ctx.addIssue({ code: 'custom', path: [path], message: bi(en, ms) });
  if (v.startDate && v.endDate && daysBetween(v.startDate, v.endDate) < 0) issue('endDate', 'The end date is before the start date', 'Tarikh tamat sebelum tarikh mula');
  if (v.status !== 'proposed') {
    if (!v.appointedOn) issue('appointedOn', 'An appointed pair needs its appointment date', 'Pasangan yang dilantik memerlukan tarikh pelantikan');
    if (!v.referenceNo) issue('referenceNo', 'An appointed pair needs the appointment reference number', 'Pasangan yang dilantik memerlukan nombor rujukan pelantikan');
  }
  if (v.status === 'active' && !v.startDate) issue('startDate', 'An active pair needs its start date', 'Pasangan yang aktif memerlukan tarikh mula');
}
const assignmentCheckWhen = whenValid(assignmentBase, ['startDate', 'endDate', 'status', 'appointedOn', 'referenceNo']);
export type AssignmentInput = AssignmentBase;

const action = z.object({
  id: id.optional(),
  text: required(500, ['Action', 'Tindakan']),
  dueDate: optionalDate,
  doneOn: optionalDate,
});

const sessionFields = z.object({
  date,
  durationMinutes: z
    .number({ error: bi('Enter the length in minutes', 'Masukkan tempoh dalam minit') })
    .int(bi('Enter whole minutes', 'Masukkan minit yang bulat'))
    .min(5, bi('A session lasts 5 to 600 minutes', 'Sesi berlangsung 5 hingga 600 minit'))
    .max(600, bi('A session lasts 5 to 600 minutes', 'Sesi berlangsung 5 hingga 600 minit')),
  mode: z.enum(SESSION_MODES, { error: bi('Choose visit, online or meeting', 'Pilih lawatan, dalam talian atau mesyuarat') }),
  topics: text(2000, ['Topics', 'Topik']).default(''),
  notes: text(4000, ['Notes', 'Catatan']).default(''),
  nextDate: optionalDate,
  actions: z.array(action).max(30).default([]),
});
const sessionCheck = (v: { date: string; nextDate: string | null }, ctx: z.RefinementCtx) => {
  if (v.nextDate && daysBetween(v.date, v.nextDate) <= 0) {
    ctx.addIssue({ code: 'custom', path: ['nextDate'], message: bi('The next session comes after this one', 'Sesi seterusnya mesti selepas sesi ini') });
  }
};

const sessionCheckWhen = whenValid(sessionFields, ['date', 'nextDate']);

const assignment = {} as Assignment;

export const mentoringApi = {
  'mentoring.years': { input: z.object({}).strict(), output: {} as number[] },
  /** `asOf`: the day a pair is counted overdue on (Today's as-of date); today when left out. */
  'mentoring.board': { input: z.object({ year: planYear, asOf: date.optional() }), output: {} as MentoringBoard },
  'mentoring.people': { input: z.object({}).strict(), output: {} as MentoringPerson[] },
  'mentoring.setPerson': {
    input: z.object({ personId: id, newlyAppointed: z.boolean(), canMentor: z.boolean() }),
    output: {} as MentoringPerson,
  },
  'mentoring.setLoadLimit': {
    input: z.object({
      limit: z
        .number({ error: bi('Enter a number of mentees', 'Masukkan bilangan mentee') })
        .int(bi('Enter a whole number', 'Masukkan nombor bulat'))
        .min(1, bi('The limit is 1 to 20 mentees', 'Had ialah 1 hingga 20 mentee'))
        .max(20, bi('The limit is 1 to 20 mentees', 'Had ialah 1 hingga 20 mentee')),
    }),
    output: {} as { limit: number },
  },

  'competencies.list': { input: z.object({ includeArchived: z.boolean().default(false) }), output: {} as Competency[] },
  'competencies.save': {
    input: z
      .object({
        id: id.optional(),
        version: version.optional(),
        code: required(20, ['Code', 'Kod']),
        nameMs: required(200, ['Name (BM)', 'Nama (BM)']),
        nameEn: required(200, ['Name (EN)', 'Nama (EN)']),
      })
      .superRefine(versionWithId),
    output: {} as Competency,
  },
  'competencies.setArchived': { input: z.object({ id, archived: z.boolean() }), output: {} as Competency },

  'assignments.get': { input: z.object({ id }), output: assignment },
  'assignments.create': { input: assignmentBase.extend({ year: planYear, menteeId: picked('Choose a mentee', 'Pilih mentee') }).superRefine(assignmentCheck, assignmentCheckWhen), output: assignment },
  'assignments.update': { input: assignmentBase.extend({ id, version }).superRefine(assignmentCheck, assignmentCheckWhen), output: assignment },
  'assignments.end': {
    input: z.object({
      id,
      version,
      status: z.enum(['completed', 'withdrawn'], { error: bi('Choose completed or withdrawn', 'Pilih selesai atau tarik diri') }),
      endedOn: date,
      note: text(1000, ['Note', 'Catatan']).default(''),
    }),
    output: assignment,
  },
  'assignments.delete': { input: z.object({ id }), output: {} as { id: number } },

  'sessions.create': { input: sessionFields.extend({ assignmentId: id }).superRefine(sessionCheck, sessionCheckWhen), output: assignment },
  'sessions.update': { input: sessionFields.extend({ id, version }).superRefine(sessionCheck, sessionCheckWhen), output: assignment },
  'sessions.delete': { input: z.object({ id }), output: assignment },
  'actions.setDone': { input: z.object({ id, doneOn: optionalDate }), output: assignment },

  'assessments.create': {
    input: z.object({ assignmentId: id, competencyId: picked('Choose a competency', 'Pilih kompetensi'), date, level: level('assessed'), evidence: text(2000, ['Evidence', 'Bukti']).default('') }),
    output: assignment,
  },
  'assessments.delete': { input: z.object({ id }), output: assignment },
} as const;
