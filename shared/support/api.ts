/** Targeting support: schools ranked by need, in four groups by context and results, with partner schools. */
import { z } from 'zod';
import { bi } from '../errors';
import { id } from '../fields';
import { date, planYear } from '../plan/api';
import { SCHOOL_CONTEXTS, type SchoolContext, type SupportRanking } from './types';

export const supportApi = {
  /** Every active school, most in need first, as of `asOf` (today; a past year's last day). */
  'support.ranking': { input: z.object({ year: planYear, asOf: date.optional() }), output: {} as SupportRanking },
  /** A school's context (challenging or favourable, or not set), which with its results places it in a group. */
  'support.setContext': {
    input: z.object({
      schoolId: id,
      context: z.enum(SCHOOL_CONTEXTS, { error: bi('Choose challenging or favourable', 'Pilih mencabar atau baik') }).nullable(),
    }),
    output: {} as { schoolId: number; context: SchoolContext | null },
  },
} as const;
