/**
 * The one entry both transports call: validate the input against the contract, run the handler, and turn
 * any failure into `{ code, message, field? }` — never raw zod or SQL text.
 */
import type { z } from 'zod';
import { api, RECOVERY_METHODS, type Method } from '../shared/api';
import type { CallResult } from '../shared/bridge';
import { AppError, type ApiError } from '../shared/errors';
import type { AppContext } from './app-context';
import { documentHandlers } from './documents/handlers';
import { appHandlers } from './services/app/handlers';
import { clusterHandlers } from './services/cluster/handlers';
import { combineHandlers, type Handler, type Handlers } from './services/handlers';
import { schoolHandlers } from './services/schools/handlers';

export const handlers: Handlers = combineHandlers(appHandlers, schoolHandlers, clusterHandlers, documentHandlers);

export type Dispatch = (method: string, input: unknown) => Promise<CallResult>;

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
};

/** The first zod issue as a field error a person can read. */
export function issueToError(issue: z.core.$ZodIssue): ApiError {
  const field = issue.path.map(String).join('.') || undefined;
  let message: string;
  if (issue.code === 'invalid_type') {
    const what = EXPECTED[issue.expected] ?? String(issue.expected);
    message = issue.input === undefined ? `${field ?? 'A value'} is required` : `${field ?? 'The input'} must be ${what}`;
  } else if (issue.code === 'unrecognized_keys') {
    message = `Unexpected field: ${issue.keys.join(', ')}`;
  } else if (issue.code === 'invalid_union') {
    message = `${field ?? 'The input'} is not one of the accepted forms`;
  } else if (issue.code === 'invalid_value') {
    message = issue.message.startsWith('Invalid') ? `${field ?? 'The value'} must be one of: ${issue.values.map(String).join(', ')}` : issue.message;
  } else {
    message = issue.message;
  }
  return field === undefined ? { code: 'VALIDATION', message } : { code: 'VALIDATION', message, field };
}

/** SQLite constraint failures that slip past the checks above them: a clear message, no SQL. */
function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return err.toJSON();
  const e = err as { code?: string; message?: string; name?: string };
  if (typeof e?.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'CONFLICT', message: 'The change conflicts with other records and was not saved.' };
  }
  if (typeof e?.code === 'string' && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_READONLY')) {
    return { code: 'DATABASE_UNAVAILABLE', message: 'The data file is busy or read-only; nothing was saved. Try again.' };
  }
  if (e?.name === 'NativeModuleError' && e.message) return { code: 'INTERNAL', message: e.message };
  console.error(err);
  return { code: 'INTERNAL', message: 'An unexpected error stopped this action; nothing was saved.' };
}

export function createDispatch(ctx: AppContext): Dispatch {
  return async (method, input) => {
    if (!Object.hasOwn(api, method)) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no method ${method}.` } };
    const m = method as Method;
    if (ctx.state !== 'ready' && !RECOVERY_METHODS.includes(m)) {
      return { ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: ctx.message || 'The data file is not open.' } };
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
}
