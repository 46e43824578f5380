/**
 * zod's own messages in both languages. Schemas that say something better (`{ error: bi(…) }`) keep their
 * words; every other issue zod raises — a wrong type, a number too big, a list too long, an unknown field —
 * gets a sentence naming the field, as `bi(en, ms)`, so dispatch() answers it in the UI language.
 * Importing this module configures zod once for the whole process; shared/fields.ts imports it, so every
 * schema of the contract is parsed with it.
 */
import { z } from 'zod';
import { bi } from './errors';
import { labelFor } from './field-labels';

type Issue = z.core.$ZodRawIssue;

const EXPECTED: Record<string, readonly [en: string, ms: string]> = {
  string: ['text', 'teks'],
  number: ['a number', 'nombor'],
  int: ['a whole number', 'nombor bulat'],
  boolean: ['yes or no', 'ya atau tidak'],
  object: ['a group of fields', 'kumpulan ruangan'],
  array: ['a list', 'senarai'],
  date: ['a date', 'tarikh'],
  bigint: ['a whole number', 'nombor bulat'],
};

/** Units of a length limit by what is measured. */
const UNITS: Record<string, readonly [en: string, ms: string]> = {
  string: ['characters', 'aksara'],
  array: ['items', 'item'],
  set: ['items', 'item'],
  map: ['entries', 'entri'],
  file: ['bytes', 'bait'],
};

/** Keys a caller sent that are not in the contract: printable and short, never the raw text of a hostile key. */
const keyList = (keys: readonly string[]) =>
  keys
    .slice(0, 5)
    .map((k) => k.replace(/[^\p{L}\p{N}_.-]/gu, '').slice(0, 40) || '?')
    .join(', ') + (keys.length > 5 ? ', …' : '');

function message(issue: Issue): string {
  const [en, ms] = labelFor(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return bi(`${en} is required`, `${ms} wajib diisi`);
      const [xen, xms] = EXPECTED[issue.expected] ?? ['another kind of value', 'jenis nilai yang lain'];
      return bi(`${en} must be ${xen}`, `${ms} mestilah ${xms}`);
    }
    case 'too_big': {
      const unit = UNITS[issue.origin];
      const max = issue.maximum.toString();
      if (issue.origin === 'string') return bi(`${en} is too long (at most ${max} characters)`, `${ms} terlalu panjang (paling banyak ${max} aksara)`);
      if (unit) return bi(`${en}: too many entries (at most ${max})`, `${ms}: terlalu banyak entri (paling banyak ${max})`);
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return bi(`${en} is too large a number`, `${ms} ialah nombor yang terlalu besar`);
      return issue.inclusive === false
        ? bi(`${en} must be less than ${max}`, `${ms} mestilah kurang daripada ${max}`)
        : bi(`${en} must be ${max} or less`, `${ms} mestilah ${max} atau kurang`);
    }
    case 'too_small': {
      const unit = UNITS[issue.origin];
      const min = issue.minimum.toString();
      if (unit && Number(issue.minimum) === 1) return issue.origin === 'string' ? bi(`${en} is required`, `${ms} wajib diisi`) : bi(`${en}: add at least one`, `${ms}: tambah sekurang-kurangnya satu`);
      if (unit) return bi(`${en} is too short (at least ${min} ${unit[0]})`, `${ms} terlalu pendek (sekurang-kurangnya ${min} ${unit[1]})`);
      if (Number(issue.minimum) <= Number.MIN_SAFE_INTEGER) return bi(`${en} is too large a negative number`, `${ms} ialah nombor negatif yang terlalu besar`);
      return issue.inclusive === false
        ? bi(`${en} must be greater than ${min}`, `${ms} mestilah lebih daripada ${min}`)
        : bi(`${en} must be ${min} or more`, `${ms} mestilah ${min} atau lebih`);
    }
    case 'invalid_format':
      return issue.format === 'email'
        ? bi('Enter an email address such as office@school.edu.bn', 'Masukkan alamat e-mel seperti pejabat@sekolah.edu.bn')
        : bi(`${en} is not written in the expected form`, `${ms} tidak ditulis dalam bentuk yang betul`);
    case 'not_multiple_of':
      return bi(`${en} must be a multiple of ${String(issue.divisor)}`, `${ms} mestilah gandaan ${String(issue.divisor)}`);
    case 'unrecognized_keys':
      return bi(`Unexpected field: ${keyList(issue.keys)}`, `Ruangan tidak dikenali: ${keyList(issue.keys)}`);
    case 'invalid_value':
      return bi(`${en}: choose one of the options offered`, `${ms}: pilih salah satu pilihan yang disediakan`);
    case 'invalid_union':
      return bi(`${en} is not one of the accepted forms`, `${ms} tidak dalam bentuk yang diterima`);
    case 'invalid_key':
    case 'invalid_element':
      return bi(`${en} holds a value that is not accepted`, `${ms} mengandungi nilai yang tidak diterima`);
    default:
      return bi(`${en} is not valid`, `${ms} tidak sah`);
  }
}

/** zod's error map for the contract: every built-in message, in both languages. */
export const bilingualErrorMap: z.core.$ZodErrorMap = (issue) => message(issue);

z.config({ customError: bilingualErrorMap });
