/** The one error shape that leaves the main process: the UI shows each message of `errors` next to its field. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'DATABASE_UNAVAILABLE'
  /** Another connection holds the data file's write lock; nothing was saved, trying again may work. */
  | 'BUSY'
  /** The user stopped a long action (a termly pack); nothing of it was kept. */
  | 'CANCELLED'
  | 'INTERNAL';

/** One invalid field: its dotted path and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the input field at fault, e.g. `abbreviation` or `leaders.0.name`. */
  field?: string;
  /** Every invalid field at once; the first one is also in `message`/`field` for callers that read one. */
  errors?: FieldError[];
}

export class AppError extends Error implements ApiError {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly errors?: FieldError[];
  constructor(code: ErrorCode, message: string, field?: string, errors?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
    if (errors !== undefined && errors.length > 0) this.errors = errors;
  }
  toJSON(): ApiError {
    const json: ApiError = { code: this.code, message: this.message };
    if (this.field !== undefined) json.field = this.field;
    if (this.errors !== undefined) json.errors = this.errors;
    return json;
  }
}

export const validationError = (field: string, message: string) => new AppError('VALIDATION', message, field, [{ field, message }]);

/** A VALIDATION error naming several fields; the first is also its `field`/`message`. */
export function validationErrors(errors: readonly FieldError[]): AppError {
  const [first] = errors;
  if (!first) throw new Error('validationErrors needs at least one field error');
  return new AppError('VALIDATION', first.message, first.field, [...errors]);
}

/**
 * Collects every rule a service checks, so the user learns all the problems in one save:
 * `const v = new FieldErrors(); v.add('startDate', bi(...)); v.throwIfAny();`
 */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  /** Adds a problem unless the field already has one (the first rule broken says most). */
  add(field: string, message: string): this {
    if (!this.has(field)) this.list.push({ field, message });
    return this;
  }
  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  /** Runs a check that throws a VALIDATION error and keeps its field errors instead of stopping. */
  async check(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION') throw err;
      for (const e of err.errors ?? [{ field: err.field ?? '', message: err.message }]) this.add(e.field, e.message);
    }
  }
  throwIfAny(): void {
    if (this.any) throw validationErrors(this.list);
  }
}

/** "School 7 does not exist." in both languages; `what` names the record in English and Bahasa Melayu. */
export const notFound = ([en, ms]: readonly [en: string, ms: string], id: number) =>
  new AppError('NOT_FOUND', bi(`${en} ${id} does not exist.`, `${ms} ${id} tidak wujud.`));

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/**
 * A message in both languages. Services and schemas write `bi(en, ms)`; dispatch() picks the half for the
 * language the UI is set to, so a clerk reads the message at the field in the language of the form.
 */
const SEPARATOR = '\u001f';
export const bi = (en: string, ms: string): string => `${en}${SEPARATOR}${ms}`;

export function localize(message: string, language: 'ms' | 'en'): string {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return message;
  return language === 'en' ? message.slice(0, at) : message.slice(at + 1);
}
