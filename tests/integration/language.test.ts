/**
 * Every method of the contract, fed malformed input, answers in the language the UI is set to: no English
 * words in a Bahasa Melayu answer, no Malay words in an English one, never the raw two-language text.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, methods, type Method } from '../../shared/api';
import type { CallResult } from '../../shared/bridge';
import type { ApiError } from '../../shared/errors';
import { FIELD_LABELS } from '../../shared/field-labels';
import type { SchoolSummary } from '../../shared/domain';
import type { MentoringPerson } from '../../shared/mentoring/types';
import { openApp } from '../helpers/tmp';

/** Words that only an English sentence uses. */
const ENGLISH = new Set(
  'the is are must not required invalid expected received too enter choose field of to be at or and from this does exist already number date list value there only cannot should items characters least most large long short less more than one form accepted unexpected input sent missing name'.split(' '),
);
/** Words that only a Bahasa Melayu sentence uses. */
const MALAY = new Set(
  'tidak wajib mestilah masukkan pilih ruangan terlalu sekolah atau dan daripada sudah tiada wujud nombor tarikh senarai yang ialah hingga paling banyak sebelum selepas bulan tahun nilai diisi sah kurang lebih sekurang-kurangnya panjang pendek besar bentuk diterima dikenali dihantar satu salah pilihan disediakan mengandungi nama'.split(' '),
);

/** A value no field accepts as it is, chosen so it holds no word of either list. */
const NOT_A_CHOICE = 'zzqx';
const HUGE_TEXT = 'x'.repeat(300_000);

/** Values every field is set to in turn: wrong types, out-of-range numbers, huge text, unknown choices, null. */
const FIELD_VALUES: unknown[] = [
  null,
  true,
  NOT_A_CHOICE,
  HUGE_TEXT,
  2 ** 60,
  1e308,
  -1e300,
  -1,
  0,
  1.5,
  [NOT_A_CHOICE],
  [{}],
  Array.from({ length: 1000 }, () => 1),
  { [NOT_A_CHOICE]: 1 },
];

/** The object schemas behind a method's input: one, or each branch of a union (documents.render). */
function objectsOf(schema: z.ZodType): z.ZodObject[] {
  const def = (schema as { _zod: { def: { type: string; options?: z.ZodType[] } } })._zod.def;
  if (schema instanceof z.ZodObject) return [schema];
  if (def.type === 'union' && def.options) return def.options.flatMap(objectsOf);
  return [];
}

/** The fixed value of a literal field (a union's `kind`), kept so the branch is chosen. */
function literalOf(schema: z.ZodType): unknown {
  const def = (schema as { _zod: { def: { type: string; values?: unknown[] } } })._zod.def;
  return def.type === 'literal' ? def.values?.[0] : undefined;
}

/** Malformed inputs for a method, each a call a careless or hostile client might make. */
function malformed(method: Method): unknown[] {
  const inputs: unknown[] = [42, NOT_A_CHOICE, [NOT_A_CHOICE], true, null, {}, { [NOT_A_CHOICE]: 1 }];
  for (const object of objectsOf(api[method].input)) {
    const shape = object.shape as Record<string, z.ZodType>;
    const fixed = Object.fromEntries(Object.entries(shape).flatMap(([k, s]) => (literalOf(s) === undefined ? [] : [[k, literalOf(s)]])));
    for (const value of FIELD_VALUES) {
      inputs.push({ ...Object.fromEntries(Object.keys(shape).map((k) => [k, value])), ...fixed });
    }
    // One field wrong at a time, the others left out: each field's own "required"/"wrong" message.
    for (const key of Object.keys(shape)) {
      if (key in fixed) continue;
      inputs.push({ ...fixed, [key]: NOT_A_CHOICE }, { ...fixed, [key]: -1 }, { ...fixed, [key]: null });
    }
  }
  // Only inputs the contract refuses: a valid call would run (load the demo again, restore, start empty…).
  return inputs.filter((input) => !api[method].input.safeParse(input ?? {}).success);
}

/** Inputs shaped right that the services refuse: unknown records, a backup that does not exist. */
const serviceRefusals: [Method, unknown][] = [
  ['schools.get', { id: 999_999 }],
  ['schools.archive', { id: 999_999 }],
  ['schools.overview', { id: 999_999 }],
  ['events.get', { id: 999_999 }],
  ['visits.get', { id: 999_999 }],
  ['assignments.get', { id: 999_999 }],
  ['phases.delete', { id: 999_999 }],
  ['backups.restore', { name: `${NOT_A_CHOICE}.sqlite` }],
  ['recovery.startEmpty', {}],
  ['visits.create', { schoolId: 999_999, date: '2023-03-01', purposeId: 999_999, officerIds: [999_999] }],
  ['assignments.create', { year: 2023, mentorId: 999_999, menteeId: 999_999, schedule: 'weekly', focus: [{ competencyId: 999_999, baseline: 1, target: 2 }] }],
  ['events.create', { title: 'Mesyuarat', startDate: '2023-03-01', endDate: '2023-03-01', initiativeId: 999_999, phaseId: 999_999, schoolIds: [999_999] }],
  ['documents.render', { kind: 'visit-report', visitId: 999_999, language: 'ms' }],
];

const words = (text: string) => text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];

/** What is wrong with one answer, as lines a reader can act on (empty: nothing). */
function problemsOf(error: ApiError, language: 'ms' | 'en', label: string, names: string[]): string[] {
  const problems: string[] = [];
  if (error.code === 'INTERNAL') problems.push(`${label}: INTERNAL "${error.message}"`);
  if (error.errors?.length && (error.message !== error.errors[0]?.message || (error.field ?? '') !== error.errors[0]?.field)) {
    problems.push(`${label}: the first field error is not also message/field`);
  }
  for (const message of [error.message, ...(error.errors ?? []).map((e) => e.message)]) {
    if (message.trim() === '') problems.push(`${label}: empty message`);
    if (message.includes('\u001f')) problems.push(`${label}: both languages in one message`);
    // Names of schools and people come from the data, in whatever language they were written.
    const text = names.reduce((t, n) => t.split(n).join(' '), message);
    const foreign = words(text).filter((w) => (language === 'ms' ? ENGLISH : MALAY).has(w));
    if (foreign.length > 0) problems.push(`${label} (${language}) [${foreign.join(', ')}]: "${message}"`);
  }
  return problems;
}

describe('messages in the language of the UI', () => {
  it('answers every malformed call to every method in Bahasa Melayu and in English, never mixed', async () => {
    const { call, dispatch } = await openApp();
    await call('demo.load');
    const schools = (await call<{ items: SchoolSummary[] }>('schools.list', { includeArchived: true })).items;
    const people = await call<MentoringPerson[]>('mentoring.people');
    const names = [...schools.flatMap((s) => [s.name, s.abbreviation]), ...people.map((p) => p.name)].sort((a, b) => b.length - a.length);

    let answered = 0;
    const problems: string[] = [];
    for (const language of ['ms', 'en'] as const) {
      await call('settings.setLanguage', { language });
      for (const method of methods) {
        const inputs = malformed(method);
        expect(inputs.length, `${method} has malformed inputs`).toBeGreaterThan(0);
        for (const input of inputs) {
          const r: CallResult = await dispatch(method, input);
          const label = `${method} ${JSON.stringify(input)?.slice(0, 120)}`;
          if (r.ok) problems.push(`${label}: accepted`);
          else problems.push(...problemsOf(r.error, language, label, names));
          answered++;
        }
      }
      for (const [method, input] of serviceRefusals) {
        const r = await dispatch(method, input);
        const label = `${method} ${JSON.stringify(input)}`;
        if (r.ok) problems.push(`${label}: accepted`);
        else problems.push(...problemsOf(r.error, language, label, names));
      }
    }
    expect(answered).toBeGreaterThan(2000);
    expect([...new Set(problems)].slice(0, 60)).toEqual([]);
  }, 120_000);

  it('names every field of the contract in words in both languages', () => {
    const keys = new Set<string>();
    const walk = (s: unknown, depth: number): void => {
      const def = (s as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def || depth > 12) return;
      if (def.type === 'object') {
        for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
          keys.add(k);
          walk(v, depth + 1);
        }
      }
      for (const k of ['innerType', 'in', 'out', 'element']) walk(def[k], depth + 1);
      for (const o of (def.options as unknown[] | undefined) ?? []) walk(o, depth + 1);
    };
    for (const method of methods) walk(api[method].input, 0);
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !Object.hasOwn(FIELD_LABELS, k))).toEqual([]);
  });
});
