/** Exam results (A–C %) and targets per school and subject, and the checkpoint reviews before each exam. */
import { z } from 'zod';
import type { CodedEntry } from '../domain';
import { bi } from '../errors';
import { id, picked, required, text, version, versionOrNew, versionWithId } from '../fields';
import { planYear } from '../plan/api';
import { CHECKPOINT_STATUSES, type CheckpointReviews, type ClusterResults, type ResultsList, type SchoolResults } from './types';

/** A number of candidates: a whole number from 0, or empty. */
const count = (en: string, ms: string) =>
  z
    .number({ error: bi(`Enter the number ${en}`, `Masukkan bilangan ${ms}`) })
    .int(bi('Enter a whole number', 'Masukkan nombor bulat'))
    .min(0, bi('Enter 0 or more', 'Masukkan 0 atau lebih'))
    .max(100_000, bi('Enter at most 100,000', 'Masukkan paling banyak 100,000'))
    .nullable()
    .default(null);
export const percentField = z
  .number({ error: bi('Enter a percentage', 'Masukkan peratusan') })
  .min(0, bi('A percentage is 0 to 100', 'Peratusan ialah 0 hingga 100'))
  .max(100, bi('A percentage is 0 to 100', 'Peratusan ialah 0 hingga 100'));

export const resultRow = z
  .object({
    schoolId: picked('Choose a school', 'Pilih sekolah'),
    subjectId: picked('Choose a subject', 'Pilih mata pelajaran'),
    sat: count('who sat', 'yang menduduki'),
    passed: count('at A–C', 'mendapat A–C'),
    /** Left out: the target stays as it is; null: no target. */
    targetPercent: percentField.nullable().optional(),
    /** The version the grid read (0: no result then); left out, the row is written whatever changed since. */
    version: versionOrNew.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.sat === null && r.passed !== null) ctx.addIssue({ code: 'custom', path: ['sat'], message: bi('Enter how many sat', 'Masukkan bilangan yang menduduki') });
    if (r.passed === null && r.sat !== null) ctx.addIssue({ code: 'custom', path: ['passed'], message: bi('Enter how many reached A–C', 'Masukkan bilangan yang mendapat A–C') });
    if (r.sat !== null && r.passed !== null && r.passed > r.sat) {
      ctx.addIssue({ code: 'custom', path: ['passed'], message: bi(`A–C (${r.passed}) cannot be more than those who sat (${r.sat})`, `A–C (${r.passed}) tidak boleh melebihi yang menduduki (${r.sat})`) });
    }
  });
export type ResultRowInput = z.output<typeof resultRow>;

const examTypeId = picked('Choose an exam', 'Pilih peperiksaan');

const listEntry = z
  .object({
    id: id.optional(),
    version: version.optional(),
    code: required(30, ['Code', 'Kod']),
    nameMs: required(200, ['Name (BM)', 'Nama (BM)']),
    nameEn: required(200, ['Name (EN)', 'Nama (EN)']),
  })
  .superRefine(versionWithId);

const checkpointRow = z.object({
  schoolId: picked('Choose a school', 'Pilih sekolah'),
  status: z.enum(CHECKPOINT_STATUSES, { error: bi('Choose on track, at risk or off track', 'Pilih di landasan, berisiko atau tersasar') }),
  predictedPercent: percentField.nullable().default(null),
  note: text(1000, ['Note', 'Catatan']).default(''),
  version: versionOrNew.optional(),
});

export const resultsApi = {
  /** The years that have results or targets, newest first. */
  'results.years': { input: z.object({}).strict(), output: {} as number[] },
  /** The year's results per school, exam type and subject with targets, last year's % and the cluster totals. */
  'results.list': { input: z.object({ year: planYear, examTypeId: id.nullable().default(null) }), output: {} as ResultsList },
  /** The grid of one exam type in one year, saved at once: every row or none. */
  'results.save': {
    input: z
      .object({ year: planYear, examTypeId, rows: z.array(resultRow).max(5000, bi('At most 5,000 rows at once', 'Paling banyak 5,000 baris sekali gus')) })
      .superRefine((v, ctx) => {
        const seen = new Set<string>();
        v.rows.forEach((r, i) => {
          const key = `${r.schoolId}|${r.subjectId}`;
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'subjectId'], message: bi('This school and subject are entered twice', 'Sekolah dan mata pelajaran ini dimasukkan dua kali') });
          seen.add(key);
        });
      }),
    output: {} as ResultsList,
  },
  /** A school's results page: each exam type and subject over the years, with targets, for its charts. */
  'results.school': { input: z.object({ schoolId: picked('Choose a school', 'Pilih sekolah') }), output: {} as SchoolResults },
  /** The cluster's A–C % per exam type and subject over the years. */
  'results.cluster': { input: z.object({ examTypeId: id.nullable().default(null) }), output: {} as ClusterResults },

  'results.examTypes': { input: z.object({ includeArchived: z.boolean().default(false) }), output: {} as CodedEntry[] },
  'results.saveExamType': { input: listEntry, output: {} as CodedEntry },
  'results.setExamTypeArchived': { input: z.object({ id, archived: z.boolean() }), output: {} as CodedEntry },
  'results.subjects': { input: z.object({ includeArchived: z.boolean().default(false) }), output: {} as CodedEntry[] },
  'results.saveSubject': { input: listEntry, output: {} as CodedEntry },
  'results.setSubjectArchived': { input: z.object({ id, archived: z.boolean() }), output: {} as CodedEntry },

  /** The year's dated exams with each sitting school's status at each checkpoint, and the actual result. */
  'checkpoints.reviews': { input: z.object({ year: planYear }), output: {} as CheckpointReviews },
  /** One checkpoint of one exam, every school's row at once. */
  'checkpoints.save': {
    input: z.object({
      examId: picked('Choose an exam', 'Pilih peperiksaan'),
      daysBefore: z.number({ error: bi('Choose a checkpoint', 'Pilih titik semak') }).int(bi('Choose a checkpoint', 'Pilih titik semak')).positive(bi('Choose a checkpoint', 'Pilih titik semak')),
      rows: z.array(checkpointRow).max(500),
    }),
    output: {} as CheckpointReviews,
  },
} as const;
