/**
 * The UI in Chromium on the ten-year data, through the built browser-mode host (`npm run build` first; the
 * bench script does it): how soon a user sees the first page (Today) after a cold start, the coverage matrix after
 * opening Visits, a month of the calendar and the Today page; the longest task while a 30-initiative Gantt is drawn; the
 * size of the first script and whether it is served compressed; the host's memory at the end, once it has
 * also answered the heavy calls of the other benchmarks: as the last answer goes out, and once the host is
 * idle and its worker threads have stopped (the server's memory target).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { IDLE_STOP_MS } from '../../electron/worker-channel';
import { startHost } from '../e2e/fixtures';
import { median, report } from './measure';
import type { TenYearData } from './ten-year-data';

const RUNS = 5;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A 2026 plan of 30 initiatives, 3 lanes each, 3 phases a lane: the page opens on the current year. */
async function thirtyInitiatives(data: TenYearData) {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await data.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  await call('plan.createYear', { year: 2026 });
  for (let i = 1; i <= 30; i++) {
    const { id } = await call<{ id: number }>('initiatives.create', { year: 2026, code: `IN${i}`, name: `Initiative ${i} of the cluster's year` });
    await call('lanes.create', { initiativeId: id });
    await call('lanes.create', { initiativeId: id });
    const plan = await call<{ initiatives: { id: number; lanes: { id: number }[] }[] }>('plan.get', { year: 2026 });
    const lanes = plan.initiatives.find((x) => x.id === id)?.lanes ?? [];
    for (const lane of lanes) {
      for (const [start, end] of [['2026-01', '2026-03'], ['2026-04', '2026-07'], ['2026-08', '2026-12']] as const) {
        await call('phases.create', { laneId: lane.id, name: `Phase from ${start}`, start, end });
      }
    }
  }
}

async function timeTo(page: Page, act: () => Promise<unknown>, selector: string): Promise<number> {
  const started = performance.now();
  await act();
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 30_000 });
  return performance.now() - started;
}

/**
 * The heavy calls of the benchmarks above, over HTTP to the browser-mode host, so its memory is read after it
 * has done everything a busy office asks of it: a year of the calendar, the follow-up with its history,
 * the term reports, a month's event list, the termly pack and a backup.
 */
async function heavyCalls(url: string): Promise<void> {
  const u = new URL(url);
  const token = new URLSearchParams(u.hash.slice(1)).get('token') ?? '';
  const post = async (method: string, input: unknown) => {
    const res = await fetch(new URL(`/api/${method}`, u.origin), { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
    if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (const year of [2024, 2025]) await post('events.list', { from: `${year}-01-01`, to: `${year}-12-31` });
  for (const page of [1, 2, 3]) await post('nextSteps.followUp', { includeClosed: true, page, openPage: page });
  await post('visits.list', { from: '2025-01-01', to: '2025-12-31' });
  await post('documents.render', { kind: 'event-list', from: '2023-03-01', to: '2023-03-31', language: 'ms' });
  await post('documents.render', { kind: 'cluster-term-report', year: 2025, term: 1, language: 'ms' });
  await post('documents.pack', { year: 2025, term: 1, language: 'ms' });
  await post('backups.create', {});
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export async function measureUi(data: TenYearData): Promise<boolean> {
  await thirtyInitiatives(data);
  const { child, url } = await startHost(data.dir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const cold: number[] = [];
    const coverage: number[] = [];
    const calendar: number[] = [];
    const today: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A new context each time: nothing cached, as on a first start.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      // The app opens on Today once it holds data.
      cold.push(await timeTo(page, () => page.goto(url), '[data-testid="today-overdue-count"]'));
      coverage.push(await timeTo(page, () => page.getByTestId('nav-visits').click(), '[data-testid="coverage-row"]'));
      calendar.push(await timeTo(page, () => page.getByTestId('nav-calendar').click(), '.fc-event'));
      today.push(await timeTo(page, () => page.getByTestId('nav-today').click(), '[data-testid="today-overdue-count"]'));
      await page.evaluate(() => {
        const w = window as unknown as { longest: number };
        w.longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      await page.getByTestId('nav-plan').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="gantt-bar"]').length >= 270, undefined, { timeout: 30_000 });
      await page.waitForTimeout(300);
      longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
      await context.close();
    }
    const index = fs.readFileSync(path.join('dist', 'renderer', 'index.html'), 'utf8');
    const entry = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(index)?.[1] ?? '';
    const entryKb = fs.statSync(path.join('dist', 'renderer', entry)).size / 1024;
    const served = await fetch(new URL(entry, url.split('#')[0]), { headers: { 'Accept-Encoding': 'br, gzip' } });
    const encoding = served.headers.get('content-encoding') ?? 'none';
    await heavyCalls(url);
    const rss = () => (child.pid ? rssOf(child.pid) : Number.NaN);
    const busy = rss();
    // Then quiet, as an office PC is between tasks: the idle threads stop and give their memory back.
    await new Promise((r) => setTimeout(r, IDLE_STOP_MS + 5_000));
    const idle = rss();
    return report('The UI in Chromium (ten-year data, 1366×768, medians of 5 cold starts)', [
      { name: 'first page (Today) drawn after a cold start', value: median(cold), unit: 'ms', target: 1000 },
      { name: 'coverage matrix after opening Visits', value: median(coverage), unit: 'ms', target: 300 },
      { name: 'calendar month with its events drawn', value: median(calendar), unit: 'ms', target: 400 },
      { name: 'Today page drawn after opening it', value: median(today), unit: 'ms', target: 400 },
      { name: 'longest task while a 30-initiative Gantt is drawn (worst of 5)', value: Math.max(...longest), unit: 'ms', target: 200 },
      { name: `first script (${entry}), raw; served as ${encoding}`, value: entryKb / 1024, unit: 'MB', target: 0.5 },
      { name: 'server memory: browser-mode host RSS as the last of the UI runs and heavy calls over HTTP is answered', value: busy, unit: 'MB' },
      { name: `server memory: the same host once idle (${(IDLE_STOP_MS + 5_000) / 1000} s later)`, value: idle, unit: 'MB', target: 300 },
    ]);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

