/**
 * The annual plan and calendar on a busy year: the demo plan, 300 one-off events and 10 twice-weekly series.
 * Targets: opening the plan and a month of the calendar under 20 ms each, a whole year under 100 ms (medians).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppContext } from '../../electron/app-context';
import { createDispatch } from '../../electron/dispatch';
import { addDays } from '../../shared/plan/calendar-dates';
import { median, report, timed } from './measure';

export async function measurePlan(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-office-bench-'));
  const ctx = new AppContext(dir, { appVersion: 'bench' });
  await ctx.open();
  try {
    const dispatch = createDispatch(ctx);
    const call = async (method: string, input: unknown = {}) => {
      const r = await dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value;
    };
    await call('demo.load');
    for (let i = 0; i < 300; i++) {
      const day = addDays('2023-01-02', (i * 7) % 360);
      await call('events.create', { title: `Visit ${i}`, startDate: day, endDate: day, allDay: false, startTime: '08:00', endTime: '10:00', schoolIds: [1 + (i % 26)] });
    }
    for (let i = 0; i < 10; i++) {
      await call('events.create', { title: `Series ${i}`, startDate: '2023-01-02', endDate: '2023-01-02', rrule: 'FREQ=WEEKLY;BYDAY=MO,TH', repeatUntil: '2023-12-31' });
    }
    const m = async (fn: () => Promise<unknown>) => median(await timed(fn, 30));
    return report('Annual plan and calendar (demo + 300 events + 10 twice-weekly series)', [
      { name: 'plan.get 2023', value: await m(() => call('plan.get', { year: 2023 })), unit: 'ms', target: 20 },
      { name: 'events.list, one month', value: await m(() => call('events.list', { from: '2023-03-01', to: '2023-03-31' })), unit: 'ms', target: 20 },
      { name: 'events.list, the whole year', value: await m(() => call('events.list', { from: '2023-01-01', to: '2023-12-31' })), unit: 'ms', target: 100 },
      { name: 'events.list, a school filter over the year', value: await m(() => call('events.list', { from: '2023-01-01', to: '2023-12-31', schoolIds: [5] })), unit: 'ms', target: 100 },
    ]);
  } finally {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
