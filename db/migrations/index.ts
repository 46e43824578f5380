import type { Migration } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_plan';
import * as m0003 from './0003_mentoring';
import * as m0004 from './0004_visits';
import * as m0005 from './0005_versions';
import * as m0006 from './0006_register';
import * as m0007 from './0007_bilingual';
import * as m0008 from './0008_calendar_indexes';
import * as m0009 from './0009_visit_indexes';
import * as m0010 from './0010_search';
import * as m0011 from './0011_school_page_indexes';
import * as m0012 from './0012_school_improvement';

/** Every migration, in order. Append only; the position is the schema version. */
export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_plan': m0002,
  '0003_mentoring': m0003,
  '0004_visits': m0004,
  '0005_versions': m0005,
  '0006_register': m0006,
  '0007_bilingual': m0007,
  '0008_calendar_indexes': m0008,
  '0009_visit_indexes': m0009,
  '0010_search': m0010,
  '0011_school_page_indexes': m0011,
  '0012_school_improvement': m0012,
};
