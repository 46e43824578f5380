/** The Today page's calls. */
import { z } from 'zod';
import { bi } from '../errors';
import { id } from '../fields';
import { date } from '../plan/api';
import type { Today } from './types';

export const todayApi = {
  /** What needs doing as of `asOf` (default today), everyone's or one person's ("mine"). */
  'today.get': { input: z.object({ asOf: date.optional(), personId: id.nullable().default(null) }), output: {} as Today },
  /** Who the user is, for "mine" (until there are accounts), and after how many days a school counts as not visited lately. */
  'today.setOptions': {
    input: z.object({
      me: id.nullable(),
      staleDays: z.number({ error: bi('Enter a number of days', 'Masukkan bilangan hari') }).int(bi('Enter whole days', 'Masukkan hari penuh')).min(1, bi('At least 1 day', 'Sekurang-kurangnya 1 hari')).max(365, bi('At most 365 days', 'Paling banyak 365 hari')),
    }),
    output: {} as { me: number | null; staleDays: number },
  },
} as const;
