import { describe, expect, it } from 'vitest';
import { fitMonth } from '../../../shared/plan/month-fit';
import type { Occurrence } from '../../../shared/plan/types';

let next = 1;
function item(title: string, start: string, end = start, time?: [string, string]): Occurrence {
  return {
    key: `e${next++}`,
    kind: 'event',
    eventId: next,
    examId: null,
    seriesId: null,
    occurrenceDate: null,
    title,
    start,
    end,
    allDay: !time,
    startTime: time?.[0] ?? null,
    endTime: time?.[1] ?? null,
    place: '',
    initiativeId: null,
    initiativeCode: null,
    colour: null,
    phaseId: null,
    phaseName: null,
    schoolIds: [],
    schoolNames: [],
    personIds: [],
  };
}
const titles = (xs: Occurrence[]) => xs.map((x) => x.title);

describe('a month grid of busy days', () => {
  it('keeps every item of a day with no more than it keeps', () => {
    const day = [item('A', '2026-03-02'), item('B', '2026-03-02'), item('C', '2026-03-02'), item('D', '2026-03-02')];
    expect(fitMonth(day, 4)).toEqual({ shown: day, omitted: {} });
  });

  it('keeps the first items of an over-full day in the calendar\'s order and counts the rest', () => {
    const day = [
      item('Late meeting', '2026-03-02', '2026-03-02', ['15:00', '16:00']),
      item('Zone visit', '2026-03-02'),
      item('Early meeting', '2026-03-02', '2026-03-02', ['08:00', '09:00']),
      item('Long early meeting', '2026-03-02', '2026-03-02', ['08:00', '12:00']),
      item('Assembly', '2026-03-02'),
      item('Other day', '2026-03-03'),
    ];
    const fit = fitMonth(day, 3);
    // All-day first (by title), then by start time, the longer of two at 08:00 first.
    expect(titles(fit.shown)).toEqual(['Assembly', 'Zone visit', 'Long early meeting', 'Other day']);
    expect(fit.omitted).toEqual({ '2026-03-02': 2 });
  });

  it('keeps every item that spans days, however full the days it crosses', () => {
    const courses = ['Course 1', 'Course 2', 'Course 3'].map((t) => item(t, '2026-03-02', '2026-03-04'));
    const day = ['A', 'B', 'C', 'D', 'E'].map((t) => item(t, '2026-03-03'));
    const fit = fitMonth([...courses, ...day], 2);
    expect(titles(fit.shown)).toEqual(['Course 1', 'Course 2', 'Course 3', 'A', 'B']);
    expect(fit.omitted).toEqual({ '2026-03-03': 3 });
  });
});
