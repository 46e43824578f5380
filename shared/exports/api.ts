/**
 * Spreadsheets the office sends on: each list the app shows, as an .xlsx in BM or EN (`exports.render`).
 */
import { z } from 'zod';
import type { DocumentFile } from '../domain';
import { id } from '../fields';
import { date, planYear } from '../plan/api';
import { termSchema } from '../visits/api';

export const EXPORT_KINDS = ['roster', 'visits', 'coverage', 'follow-up', 'mentoring', 'events', 'ratings', 'register'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const language = z.enum(['ms', 'en']);

export const exportRequest = z.discriminatedUnion('kind', [
  /** `template`: the roster's two sheets empty, to fill in and import. */
  z.object({ kind: z.literal('roster'), language, includeArchived: z.boolean().default(false), template: z.boolean().default(false) }),
  z.object({ kind: z.literal('coverage'), language, year: planYear, term: termSchema }),
  z.object({ kind: z.literal('follow-up'), language, includeClosed: z.boolean().default(false), schoolId: id.nullable().default(null), asOf: date.optional() }),
  z.object({ kind: z.literal('events'), language, from: date, to: date }),
  z.object({ kind: z.literal('visits'), language, from: date, to: date }),
  z.object({ kind: z.literal('ratings'), language, year: planYear }),
  z.object({ kind: z.literal('mentoring'), language, year: planYear }),
  z.object({ kind: z.literal('register'), language, year: planYear.nullable().default(null) }),
]);
export type ExportRequest = z.input<typeof exportRequest>;
export type ParsedExportRequest = z.output<typeof exportRequest>;

export const exportsApi = {
  'exports.render': { input: exportRequest, output: {} as DocumentFile },
} as const;
