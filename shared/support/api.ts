/** Targeting support: schools ranked by need, in four groups by context and results, with partner schools. */
import { z } from 'zod';
import { date, planYear } from '../plan/api';
import type { SupportRanking } from './types';

export const supportApi = {
  /** Every active school, most in need first, as of `asOf` (today; a past year's last day). */
  'support.ranking': { input: z.object({ year: planYear, asOf: date.optional() }), output: {} as SupportRanking },
} as const;
