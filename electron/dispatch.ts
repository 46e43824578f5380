/**
 * The one entry both transports call: validate the input against the contract, run the handler, and turn
 * any failure into `{ code, message, field? }` — never raw zod or SQL text.
 */
import type { z } from 'zod';
import { api, RECOVERY_METHODS, type Method } from '../shared/api';
import type { CallResult } from '../shared/bridge';
import { isBusyError } from '../db/sqlite';
import { AppError, bi, localize, type ApiError } from '../shared/errors';
import { dictionaries } from '../shared/i18n/index';
import { getLanguage } from './services/cluster/settings';
import type { AppContext } from './app-context';
import { documentHandlers } from './documents/handlers';
import { appHandlers } from './services/app/handlers';
import { clusterHandlers } from './services/cluster/handlers';
import { combineHandlers, type Handler, type Handlers } from './services/handlers';
import { calendarHandlers } from './services/calendar/handlers';
import { mentoringHandlers } from './services/mentoring/handlers';
import { planHandlers } from './services/plan/handlers';
import { schoolHandlers } from './services/schools/handlers';
import { visitHandlers } from './services/visits/handlers';

export const handlers: Handlers = combineHandlers(appHandlers, schoolHandlers, clusterHandlers, planHandlers, calendarHandlers, mentoringHandlers, visitHandlers, documentHandlers);

export type Dispatch = (method: string, input: unknown) => Promise<CallResult>;

const EXPECTED: Record<string, Label> = {
  string: ['text', 'teks'],
  number: ['a number', 'nombor'],
  boolean: ['true or false', 'benar atau palsu'],
  object: ['an object', 'objek'],
  array: ['a list', 'senarai'],
  int: ['a whole number', 'nombor bulat'],
};
type Label = readonly [en: string, ms: string];

/** The first zod issue as a field error a person can read. */
export function issueToError(issue: z.core.$ZodIssue): ApiError {
  const field = issue.path.map(String).join('.') || undefined;
  let message: string;
  const name = field ?? 'input';
  if (issue.code === 'invalid_type') {
    const [en, ms] = EXPECTED[issue.expected] ?? [String(issue.expected), String(issue.expected)];
    message = issue.input === undefined ? bi(`${name} is required`, `${name} wajib diisi`) : bi(`${name} must be ${en}`, `${name} mestilah ${ms}`);
  } else if (issue.code === 'unrecognized_keys') {
    message = bi(`Unexpected field: ${issue.keys.join(', ')}`, `Ruangan tidak dikenali: ${issue.keys.join(', ')}`);
  } else if (issue.code === 'invalid_union') {
    message = bi(`${name} is not one of the accepted forms`, `${name} tidak dalam bentuk yang diterima`);
  } else if (issue.code === 'invalid_value') {
    const values = issue.values.map(String).join(', ');
    message = issue.message.startsWith('Invalid') ? bi(`${name} must be one of: ${values}`, `${name} mestilah salah satu daripada: ${values}`) : issue.message;
  } else {
    message = issue.message;
  }
  return field === undefined ? { code: 'VALIDATION', message } : { code: 'VALIDATION', message, field };
}

/** SQLite constraint failures that slip past the checks above them: a clear message, no SQL. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return err.toJSON();
  const e = err as { code?: string; message?: string; name?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: bi('The change conflicts with other records and was not saved.', 'Perubahan ini bercanggah dengan rekod lain dan tidak disimpan.') };
  }
  // Another connection holds the lock (every SQLITE_BUSY* and SQLITE_LOCKED* variant): the transaction did not happen.
  if (isBusyError(err)) return { code: 'BUSY', message: bi(dictionaries.en.data.busy, dictionaries.ms.data.busy) };
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: bi('The data file is read-only; nothing was saved.', 'Fail data hanya boleh dibaca; tiada apa disimpan.'),
    };
  }
  if (e?.name === 'NativeModuleError' && e.message) return { code: 'INTERNAL', message: e.message };
  console.error(err);
  return { code: 'INTERNAL', message: bi('An unexpected error stopped this action; nothing was saved.', 'Ralat yang tidak dijangka menghentikan tindakan ini; tiada apa disimpan.') };
}

export function createDispatch(ctx: AppContext): Dispatch {
  /** Messages follow the UI language; while the file is not open, the default (BM). */
  const inLanguage = async (error: ApiError): Promise<CallResult> => {
    const language = ctx.state === 'ready' ? await getLanguage(ctx.db()).catch(() => 'ms' as const) : 'ms';
    return { ok: false, error: { ...error, message: localize(error.message, language) } };
  };
  const run = async (method: string, input: unknown): Promise<CallResult> => {
    if (!Object.hasOwn(api, method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: bi(`There is no method ${method}.`, `Tiada kaedah ${method}.`) } };
    const m = method as Method;
    if (ctx.state !== 'ready' && !RECOVERY_METHODS.includes(m)) {
      return { ok: false, error: ctx.unavailable().toJSON() };
    }
    const parsed = api[m].input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) return { ok: false, error: issueToError(parsed.error.issues[0] as z.core.$ZodIssue) };
    try {
      const handler = handlers[m] as Handler<Method>;
      return { ok: true, value: await handler(parsed.data, ctx) };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
  return async (method, input) => {
    const result = await run(method, input);
    return result.ok ? result : inLanguage(result.error);
  };
}
