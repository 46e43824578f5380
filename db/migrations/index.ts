import type { Migration } from 'kysely';
import * as m0001 from './0001_init';

/** Every migration, in order. Append only; the position is the schema version. */
export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
};
