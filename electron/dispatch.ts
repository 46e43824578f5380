/**
 * The one entry both transports call: validate the input against the contract, run the handler, and turn
 * any failure into `{ code, message, field?, errors? }` — never raw zod or SQL text.
 */
import type { z } from 'zod';
import { api, RECOVERY_METHODS, type Method } from '../shared/api';
import type { CallResult } from '../shared/bridge';
import { isBusyError } from '../db/sqlite';
import { AppError, bi, localize, type ApiError, type FieldError } from '../shared/errors';
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
import { registerHandlers } from './services/documents/handlers';
import { exportHandlers } from './services/exports/handlers';
import { importHandlers } from './services/imports/handlers';
import { searchHandlers } from './services/search/handlers';
import { todayHandlers } from './services/today/handlers';
import { wseHandlers } from './services/wse/handlers';
import { sipHandlers } from './services/sip/handlers';
import { resultsHandlers } from './services/results/handlers';
import { attendanceHandlers } from './services/attendance/handlers';
import { supportHandlers } from './services/support/handlers';
import type { CallOptions } from './services/documents/pack';

export const handlers: Handlers = combineHandlers(
  appHandlers,
  schoolHandlers,
  clusterHandlers,
  planHandlers,
  calendarHandlers,
  mentoringHandlers,
  visitHandlers,
  documentHandlers,
  registerHandlers,
  todayHandlers,
  searchHandlers,
  exportHandlers,
  importHandlers,
  wseHandlers,
  sipHandlers,
  resultsHandlers,
  attendanceHandlers,
  supportHandlers,
);

export type Dispatch = (method: string, input: unknown, options?: CallOptions) => Promise<CallResult>;

/**
 * Every zod issue as a field error, one per field (the first rule broken at a field says most), in the
 * order of the form. zod's own wording never reaches here: shared/zod-errors.ts writes every built-in
 * message in both languages, and schemas write theirs with bi().
 */
export function issuesToError(issues: readonly z.core.$ZodIssue[]): ApiError {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  const first = errors[0] ?? { field: '', message: bi('The data sent is not valid', 'Data yang dihantar tidak sah') };
  return first.field === '' ? { code: 'VALIDATION', message: first.message, errors } : { code: 'VALIDATION', message: first.message, field: first.field, errors };
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

/** An error's message and every field message in one language. */
export function localizeError(error: ApiError, language: 'ms' | 'en'): ApiError {
  const localized: ApiError = { ...error, message: localize(error.message, language) };
  if (error.errors) localized.errors = error.errors.map((e) => ({ field: e.field, message: localize(e.message, language) }));
  return localized;
}

export function createDispatch(ctx: AppContext): Dispatch {
  /** Messages follow the UI language; while the file is not open, the default (BM). */
  const inLanguage = async (error: ApiError): Promise<CallResult> => ({ ok: false, error: localizeError(error, await uiLanguage(ctx)) });
  const run = async (method: string, input: unknown, options?: CallOptions): Promise<CallResult> => {
    if (!Object.hasOwn(api, method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: bi(`There is no method ${method}.`, `Tiada kaedah ${method}.`) } };
    const m = method as Method;
    if (ctx.state !== 'ready' && !RECOVERY_METHODS.includes(m)) {
      return { ok: false, error: ctx.unavailable().toJSON() };
    }
    const parsed = api[m].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: issuesToError(parsed.error.issues) };
    try {
      const handler = handlers[m] as Handler<Method>;
      return { ok: true, value: await handler(parsed.data, ctx, options) };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
  return async (method, input, options) => {
    const result = await run(method, input, options);
    return result.ok ? result : inLanguage(result.error);
  };
}

/** The language the UI is set to, for messages made outside dispatch (the browser-mode host's); while the file is not open, the one it was last set to, else BM. */
export async function uiLanguage(ctx: AppContext): Promise<'ms' | 'en'> {
  if (ctx.state !== 'ready') return ctx.lastLanguage ?? 'ms';
  try {
    return await getLanguage(ctx.db());
  } catch {
    return 'ms';
  }
}
