/** The one error shape that leaves the main process: the UI shows `message` next to `field`. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_METHOD'
  | 'DATABASE_UNAVAILABLE'
  /** Another connection holds the data file's write lock; nothing was saved, trying again may work. */
  | 'BUSY'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the input field at fault, e.g. `abbreviation` or `leaders.0.name`. */
  field?: string;
}

export class AppError extends Error implements ApiError {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (field !== undefined) this.field = field;
  }
  toJSON(): ApiError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export const validationError = (field: string, message: string) => new AppError('VALIDATION', message, field);

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
