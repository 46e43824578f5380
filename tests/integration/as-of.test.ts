/**
 * The pages Today links to count as of Today's date: the follow-up's overdue steps and the mentoring board's
 * overdue pairs, asked for `asOf` a day, are the numbers Today shows for that day, and not those of today.
 */
import { describe, expect, it } from 'vitest';
import type { MentoringBoard } from '../../shared/mentoring/types';
import type { Today } from '../../shared/today/types';
import type { FollowUp } from '../../shared/visits/types';
import { openApp } from '../helpers/tmp';

const AS_OF = '2023-06-30';

describe('counted as of a day', () => {
  it('answers the follow-up and the board as of the day Today was set to', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load', {});
    const today = await call<Today>('today.get', { asOf: AS_OF, personId: null });

    const steps = await call<FollowUp>('nextSteps.followUp', { asOf: AS_OF });
    expect(steps.overdue).toBe(today.nextSteps.overdue.count);
    // As of now (years after the demo's 2023), more of them are overdue.
    expect((await call<FollowUp>('nextSteps.followUp', {})).overdue).toBeGreaterThan(steps.overdue);

    const overdue = (b: MentoringBoard) => b.mentors.flatMap((m) => m.assignments).filter((p) => p.overdue).length;
    const board = await call<MentoringBoard>('mentoring.board', { year: 2023, asOf: AS_OF });
    expect(overdue(board)).toBe(today.mentoring.overdue.count);
    expect(overdue(await call<MentoringBoard>('mentoring.board', { year: 2023 }))).toBeGreaterThan(overdue(board));
  });
});
