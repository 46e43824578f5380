/**
 * The calls that only read and can take long on a big file (a year of the calendar, the follow-up across
 * ten years of visits). They are answered in the query thread, on a read-only connection of its own, so a
 * long one never holds up the calls the main thread answers meanwhile.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Output, ParsedInput } from '../../shared/api';
import { listOccurrences } from '../services/calendar/occurrences';
import { listFollowUp } from '../services/visits/follow-up';
import { renderExport } from '../services/exports/render';

export const queries = {
  'events.list': (db, input) => listOccurrences(db, input),
  'nextSteps.followUp': (db, input) => listFollowUp(db, input, input.asOf),
  // A spreadsheet of ten years of a list takes seconds to build: never on the main thread.
  'exports.render': (db, input) => renderExport(db, input),
} satisfies { [M in 'events.list' | 'nextSteps.followUp' | 'exports.render']: (db: Kysely<DB>, input: ParsedInput<M>) => Promise<Output<M>> };

export type QueryMethod = keyof typeof queries;
export type Query<M extends QueryMethod> = (db: Kysely<DB>, input: ParsedInput<M>) => Promise<Output<M>>;
