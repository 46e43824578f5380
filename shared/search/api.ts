/** The search part of the contract: one query across schools, people, the plan, events, visits and documents. */
import { z } from 'zod';
import { bi } from '../errors';
import { text } from '../fields';
import type { SearchAnswer } from './types';

export const SEARCH_LIMIT_DEFAULT = 5;
export const SEARCH_LIMIT_MAX = 20;

export const searchApi = {
  /**
   * Case- and accent-insensitive: every word must occur (in a name, an abbreviation, a title); a date typed
   * as DD/MM/YYYY, MM/YYYY, YYYY-MM-DD or a year narrows visits, events and documents to it. `limit` is the
   * most results of each kind.
   */
  'search.query': {
    input: z.object({
      text: text(200, ['Search', 'Carian']).default(''),
      limit: z
        .number({ error: bi('Enter a number', 'Masukkan nombor') })
        .int(bi('Enter a whole number', 'Masukkan nombor bulat'))
        .min(1, bi(`The limit is 1 to ${SEARCH_LIMIT_MAX}`, `Had ialah 1 hingga ${SEARCH_LIMIT_MAX}`))
        .max(SEARCH_LIMIT_MAX, bi(`The limit is 1 to ${SEARCH_LIMIT_MAX}`, `Had ialah 1 hingga ${SEARCH_LIMIT_MAX}`))
        .default(SEARCH_LIMIT_DEFAULT),
    }),
    output: {} as SearchAnswer,
  },
} as const;
