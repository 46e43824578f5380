/** The WSE framework (domains, aspects and the cluster's terms of reference), band history and aspect ratings. */
import { z } from 'zod';
import { bi } from '../errors';
import { id, picked, required, text, version, versionWithId } from '../fields';
import { date, planYear } from '../plan/api';
import { BAND_KINDS, type CriterionAspect, type WseAspect, type WseBand, type WseDomain, type WseRatings } from './types';

/** A method that takes no input. */
const none = z.object({}).strict();
const level = (en: string, ms: string) => z.number({ error: bi(en, ms) }).int(bi(en, ms)).min(1, bi(en, ms)).max(5, bi(en, ms));
const longText = (label: readonly [string, string]) => text(4000, label).default('');

/** The aspects a visit, an observation or a next step serves; each at most once. */
export const aspectIds = z
  .array(id)
  .max(20, bi('At most 20 aspects', 'Paling banyak 20 aspek'))
  .default([])
  .refine((ids) => new Set(ids).size === ids.length, bi('An aspect is chosen twice', 'Satu aspek dipilih dua kali'));

const aspectFields = z
  .object({
    id: id.optional(),
    version: version.optional(),
    domainId: picked('Choose a domain', 'Pilih domain'),
    code: z
      .string()
      .trim()
      .regex(/^\d{1,2}\.\d{1,2}\.\d{1,2}$/, bi('Write the code as domain.area.aspect, e.g. 1.1.2', 'Tulis kod sebagai domain.bidang.aspek, cth. 1.1.2')),
    nameMs: required(200, ['Name (BM)', 'Nama (BM)']),
    nameEn: text(200, ['Name (EN)', 'Nama (EN)']).default(''),
    termsMs: longText(['Terms of reference (BM)', 'Terma rujukan (BM)']),
    termsEn: longText(['Terms of reference (EN)', 'Terma rujukan (EN)']),
    scopeMs: longText(['Scope of work (BM)', 'Skop kerja (BM)']),
    scopeEn: longText(['Scope of work (EN)', 'Skop kerja (EN)']),
    monitoringMs: longText(['Monitoring mechanism (BM)', 'Mekanisme pemantauan (BM)']),
    monitoringEn: longText(['Monitoring mechanism (EN)', 'Mekanisme pemantauan (EN)']),
  })
  .superRefine(versionWithId);
export type AspectInput = z.output<typeof aspectFields>;

const bandFields = z
  .object({
    id: id.optional(),
    version: version.optional(),
    schoolId: picked('Choose a school', 'Pilih sekolah'),
    year: planYear,
    band: level('The band is 1 to 5', 'Band ialah 1 hingga 5'),
    kind: z.enum(BAND_KINDS, { error: bi('Choose internal or validated', 'Pilih dalaman atau disahkan') }),
    date,
    note: text(1000, ['Note', 'Catatan']).default(''),
  })
  .superRefine(versionWithId);
export type BandInput = z.output<typeof bandFields>;

const ratingRow = z.object({
  aspectId: picked('Choose an aspect', 'Pilih aspek'),
  rating: level('Rate 1 to 5', 'Nilai 1 hingga 5').nullable().default(null),
  note: text(1000, ['Note', 'Catatan']).default(''),
});

export const wseApi = {
  /** The framework: domains in order, each with its aspects (archived ones flagged) and their terms. */
  'wse.aspects': { input: none, output: {} as WseDomain[] },
  'wse.saveAspect': { input: aspectFields, output: {} as WseAspect },
  /** Archived aspects keep their tags, ratings and mappings; they are no longer offered. */
  'wse.archiveAspect': { input: z.object({ id }), output: {} as WseAspect },
  'wse.restoreAspect': { input: z.object({ id }), output: {} as WseAspect },
  /** Only an aspect nothing refers to may be deleted; otherwise archive it. */
  'wse.deleteAspect': { input: z.object({ id }), output: {} as { id: number } },
  'wse.saveDomain': {
    input: z.object({ id, version, nameMs: required(200, ['Name (BM)', 'Nama (BM)']), nameEn: text(200, ['Name (EN)', 'Nama (EN)']).default('') }),
    output: {} as WseDomain,
  },

  /** A school's band history, newest first; the roster's band is the latest by date. */
  'wse.bands': { input: z.object({ schoolId: id }), output: {} as WseBand[] },
  /** Creates or changes a band; answers the history after it. */
  'wse.saveBand': { input: bandFields, output: {} as WseBand[] },
  'wse.deleteBand': { input: z.object({ id }), output: {} as WseBand[] },

  'wse.ratings': { input: z.object({ schoolId: id, year: planYear }), output: {} as WseRatings },
  /** The rows given are set (a null rating clears one), all in one transaction; aspects left out are kept. */
  'wse.saveRatings': {
    input: z.object({
      schoolId: picked('Choose a school', 'Pilih sekolah'),
      year: planYear,
      ratings: z.array(ratingRow).max(200, bi('At most 200 ratings', 'Paling banyak 200 penilaian')),
    }),
    output: {} as WseRatings,
  },

  /** Which aspect each lesson-observation criterion maps to. */
  'rubric.aspects': { input: none, output: {} as CriterionAspect[] },
  'rubric.setAspect': { input: z.object({ criterionId: id, aspectId: id.nullable() }), output: {} as CriterionAspect },
} as const;
