/** Field schemas every part of the contract builds on; each carries its message in both languages. */
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { bi } from './errors';
// Configures zod's built-in messages in both languages before any schema below is parsed.
import './zod-errors';

/** A field's name in English and Bahasa Melayu, for its messages. */
export type Label = readonly [en: string, ms: string];

export const id = z
  .number({ error: bi('Enter a number', 'Masukkan nombor') })
  .int(bi('Enter a whole number', 'Masukkan nombor bulat'))
  .positive(bi('Enter a number greater than 0', 'Masukkan nombor lebih daripada 0'));
/**
 * A record picked from a list (a school, a mentor…). A form sends 0 or nothing while none is chosen, so
 * every failure says what to choose: `picked('Choose a school', 'Pilih sekolah')`.
 */
export const picked = (en: string, ms: string) => {
  const message = bi(en, ms);
  return z.number({ error: message }).int(message).positive(message);
};
export const text = (max: number, [en, ms]: Label) =>
  z.string().trim().max(max, bi(`${en} is too long (at most ${max} characters)`, `${ms} terlalu panjang (paling banyak ${max} aksara)`));
export const required = (max: number, label: Label) => text(max, label).min(1, bi(`${label[0]} is required`, `${label[1]} wajib diisi`));
export const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isCalendarDate(v), bi('Enter a real date as YYYY-MM-DD', 'Masukkan tarikh yang sah (TTTT-BB-HH)'))
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .default(null);
export const email = text(200, ['Email', 'E-mel']).refine(
  (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  bi('Enter an email address such as office@school.edu.bn', 'Masukkan alamat e-mel seperti pejabat@sekolah.edu.bn'),
);
export const phone = text(40, ['Phone', 'Telefon']).refine(
  (v) => v === '' || /^\+?[0-9][0-9 ()-]{5,}$/.test(v),
  bi('Enter a phone number using digits, spaces and + - ( ) only', 'Masukkan nombor telefon dengan angka, ruang dan + - ( ) sahaja'),
);
/**
 * A cross-field check (end after start…) runs once the fields it reads are valid, even while other fields
 * of the form still fail, so one save shows every problem: `.superRefine(check, whenValid(fields, ['date']))`.
 */
export function whenValid<S extends z.ZodObject>(schema: S, keys: readonly (keyof S['shape'] & string)[]) {
  return {
    when: (payload: { value: unknown }) => {
      const value = payload.value;
      if (typeof value !== 'object' || value === null) return false;
      return keys.every((k) => (schema.shape[k] as z.ZodType).safeParse((value as Record<string, unknown>)[k]).success);
    },
  };
}
export const languageSchema = z.enum(['ms', 'en'], { error: bi('Choose Bahasa Melayu (ms) or English (en)', 'Pilih Bahasa Melayu (ms) atau English (en)') });

/**
 * The version of a record the form was loaded from. Required on every update: a save from an older copy is
 * refused (CONFLICT) rather than overwriting someone else's change.
 */
const versionNumber = z
  .number({ error: bi('Reload the record: its version is missing', 'Muat semula rekod ini: versinya tiada') })
  .int(bi('The version is a whole number', 'Versi ialah nombor bulat'));
export const version = versionNumber.min(1, bi('The version starts at 1', 'Versi bermula pada 1'));
/** For a text saved in place (termly report texts): 0 while it has never been saved. */
export const versionOrNew = versionNumber.min(0, bi('The version starts at 0', 'Versi bermula pada 0'));

/** Saves that make or change an entry (id left out: a new one) need the version of an entry they change. */
export const versionWithId = (v: { id?: number; version?: number }, ctx: z.RefinementCtx) => {
  if (v.id !== undefined && v.version === undefined) {
    ctx.addIssue({ code: 'custom', path: ['version'], message: bi('The version is required to change an existing entry; reload it', 'Versi wajib diisi untuk mengubah entri yang sedia ada; muat semula') });
  }
};
