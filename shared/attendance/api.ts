/** Attendance at initiative events and each initiative's measured success. */
import { z } from 'zod';
import { bi } from '../errors';
import { id, picked, required, text, version, versionOrNew, versionWithId } from '../fields';
import { date, planYear } from '../plan/api';
import { MEASURE_KINDS, SHARE_KINDS, type Attendance, type InitiativeMeasures, type MeasuresOfYear } from './types';

const occurrence = { eventId: picked('Choose an event', 'Pilih acara'), occurrenceDate: date };

const targetNumber = z
  .number({ error: bi('Enter the target as a number', 'Masukkan sasaran sebagai nombor') })
  .min(-1000, bi('The target is too small', 'Sasaran terlalu kecil'))
  .max(100_000, bi('The target is too large', 'Sasaran terlalu besar'));

const measureInput = z
  .object({
    id: id.optional(),
    version: version.optional(),
    labelMs: required(200, ['Measure (BM)', 'Ukuran (BM)']),
    labelEn: text(200, ['Measure (EN)', 'Ukuran (EN)']).default(''),
    kind: z.enum(MEASURE_KINDS, { error: bi('Choose what the measure counts', 'Pilih apa yang diukur') }),
    target: targetNumber,
    examTypeId: id.nullable().default(null),
    subjectId: id.nullable().default(null),
    countValue: z
      .number({ error: bi('Enter the count as a number', 'Masukkan bilangan sebagai nombor') })
      .min(0, bi('The count is 0 or more', 'Bilangan ialah 0 atau lebih'))
      .max(100_000, bi('The count is too large', 'Bilangan terlalu besar'))
      .nullable()
      .default(null),
  })
  .superRefine(versionWithId)
  .superRefine((m, ctx) => {
    if (m.kind === 'result-change' && m.examTypeId === null) {
      ctx.addIssue({ code: 'custom', path: ['examTypeId'], message: bi('Choose the exam whose A–C % should change', 'Pilih peperiksaan yang peratus A–C nya patut berubah') });
    }
    if (SHARE_KINDS.includes(m.kind) && (m.target < 0 || m.target > 100)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: bi('A percentage target is 0 to 100', 'Sasaran peratus ialah 0 hingga 100') });
    }
    if (m.kind === 'count' && m.target < 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: bi('A count target is 0 or more', 'Sasaran bilangan ialah 0 atau lebih') });
    }
  });
export type MeasureInput = z.output<typeof measureInput>;

export const attendanceApi = {
  /** The invited schools of one occurrence with their people, and what was recorded there (or an empty record). */
  'attendance.get': { input: z.object(occurrence), output: {} as Attendance },
  /** The whole record of one occurrence: the schools and people who came, who presented, a note. */
  'attendance.save': {
    input: z.object({
      ...occurrence,
      schoolIds: z.array(id).max(300, bi('At most 300 schools', 'Paling banyak 300 sekolah')).default([]),
      people: z
        .array(z.object({ personId: picked('Choose a person', 'Pilih orang'), presented: z.boolean().default(false) }))
        .max(2000, bi('At most 2000 people', 'Paling banyak 2000 orang'))
        .default([])
        .refine((ps) => new Set(ps.map((p) => p.personId)).size === ps.length, bi('A person is listed twice', 'Seorang disenaraikan dua kali')),
      note: text(2000, ['Note', 'Catatan']).default(''),
      /** 0 or left out while nothing has been recorded at this occurrence. */
      version: versionOrNew.optional(),
    }),
    output: {} as Attendance,
  },
  /** Every initiative of the year with its measures, each with its value against its target. */
  'measures.list': { input: z.object({ year: planYear }), output: {} as MeasuresOfYear },
  /**
   * An initiative's measures as one list, first to last. Measures taken off are named in `removed`: a stored
   * measure the save neither keeps nor removes was added since the list was read, and the save is a conflict.
   */
  'measures.save': {
    input: z.object({
      initiativeId: picked('Choose an initiative', 'Pilih inisiatif'),
      measures: z.array(measureInput).max(20, bi('At most 20 measures', 'Paling banyak 20 ukuran')),
      removed: z.array(z.object({ id, version })).max(20).default([]),
    }),
    output: {} as InitiativeMeasures,
  },
} as const;
