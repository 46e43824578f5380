/**
 * The roster read in from Excel (`imports.preview`, then `imports.commit`): a .xlsx with a sheet of schools
 * and one of their leaders, a .csv of schools, or a block pasted from Excel. The preview shows what each row
 * would do; nothing is written until the commit, which writes every row or none.
 */
import { z } from 'zod';
import { bi } from '../errors';
import { required, text } from '../fields';
import { PERIOD_KINDS } from '../plan/types';
import { planYear } from '../plan/api';

export const SCHOOL_IMPORT_FIELDS = ['number', 'name', 'abbreviation', 'level', 'wseBand', 'phone', 'email', 'address', 'notes'] as const;
export type SchoolImportField = (typeof SCHOOL_IMPORT_FIELDS)[number];
export const LEADER_IMPORT_FIELDS = ['abbreviation', 'role', 'name', 'title', 'appointedOn'] as const;
export type LeaderImportField = (typeof LEADER_IMPORT_FIELDS)[number];

/** The largest file read: 10 MB (its base64 is a third longer). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

const header = text(200, ['Column', 'Lajur']);
const file = z
  .string({ error: bi('Choose a file', 'Pilih fail') })
  .max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 1024, bi('The file is larger than 10 MB', 'Fail ini melebihi 10 MB'))
  .regex(/^[A-Za-z0-9+/\r\n]*=*\s*$/, bi('The file data is not base64', 'Data fail bukan base64'));
const mapping = z.object({
  schools: z.partialRecord(z.enum(SCHOOL_IMPORT_FIELDS), header).optional(),
  leaders: z.partialRecord(z.enum(LEADER_IMPORT_FIELDS), header).optional(),
});
export type ImportMapping = { schools: Partial<Record<SchoolImportField, string>>; leaders: Partial<Record<LeaderImportField, string>> };

export type ImportOutcome = 'new' | 'update' | 'unchanged' | 'error';

/** What a line of results sets: how many sat, how many reached A–C, the target. */
export const RESULT_IMPORT_FIELDS = ['sat', 'passed', 'targetPercent'] as const;
export type ResultImportField = (typeof RESULT_IMPORT_FIELDS)[number];

/** A field whose value the import changes, as the clerk reads it (leaders as one line each). */
export interface ImportChange {
  field: SchoolImportField | 'leaders' | ResultImportField;
  old: string;
  new: string;
}

export interface ImportRowError {
  /** The column's header in the file (or the field's name when the file has no such column). */
  column: string;
  message: string;
}

export interface ImportRow {
  sheet: 'schools' | 'leaders';
  /** The row's number in the file, as Excel or a text editor shows it. */
  row: number;
  outcome: ImportOutcome;
  abbreviation: string;
  name: string;
  changes: ImportChange[];
  errors: ImportRowError[];
}

export interface ImportPreview {
  previewId: string;
  fileName: string;
  /** The headers found in each sheet, and the column each field was read from (null: none). */
  headers: { schools: string[]; leaders: string[] };
  mapping: { schools: Record<SchoolImportField, string | null>; leaders: Record<LeaderImportField, string | null> };
  rows: ImportRow[];
  counts: Record<ImportOutcome, number>;
  /** False while any row has an error: the commit would be refused. */
  canCommit: boolean;
  expiresAt: string;
}

export const importsApi = {
  'imports.preview': {
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('schools'), file, fileName: required(260, ['File name', 'Nama fail']), mapping: mapping.optional() }),
      /** The school terms or the holidays of the calendar: `date, name` or `start, end, name` lines. */
      z.object({ kind: z.literal('periods'), periodKind: z.enum(PERIOD_KINDS), file, fileName: required(260, ['File name', 'Nama fail']) }),
      /** A year's results of one exam type: a line per school and subject (school, subject, sat, A–C, target %). */
      z.object({
        kind: z.literal('results'),
        year: planYear,
        examTypeId: z.number({ error: bi('Choose an exam', 'Pilih peperiksaan') }).int(bi('Choose an exam', 'Pilih peperiksaan')).positive(bi('Choose an exam', 'Pilih peperiksaan')),
        file,
        fileName: required(260, ['File name', 'Nama fail']),
      }),
    ]),
    output: {} as ImportPreview,
  },
  'imports.commit': {
    input: z.object({ previewId: z.string({ error: bi('Preview the file first', 'Pratonton fail dahulu') }).min(1, bi('Preview the file first', 'Pratonton fail dahulu')).max(100) }),
    output: {} as { created: number; updated: number; unchanged: number },
  },
} as const;
