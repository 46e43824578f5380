/** Small helpers for asserting on API failures and files. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { isApiError, type ApiError } from '../../shared/errors';

/** Awaits a call that must fail and returns its API error ({ code, message, field?, errors? }). */
export async function failure(promise: Promise<unknown>): Promise<ApiError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (err) {
    if (!isApiError(err)) throw err;
    const e: ApiError = { code: err.code, message: err.message };
    if (err.field !== undefined) e.field = err.field;
    if (err.errors !== undefined) e.errors = err.errors;
    return e;
  }
  throw new Error(`The call succeeded but was expected to fail: ${JSON.stringify(value)?.slice(0, 300)}`);
}

/** SHA-256 of a file's bytes. */
export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
