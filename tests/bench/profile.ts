/**
 * The cluster profile's render against a bare docx build of the same content (tests/bench/bare-profile.ts),
 * on the ten-year data's 2023 profile (the year of the demo plan). Both start from the same report model,
 * loaded once as documents.render loads it, and end in .docx bytes from `Packer.toBuffer`, in this thread:
 * the app's is its layout (styles, letterhead, lists, table of contents, the calendar grid) and packing.
 * Target: the app's median at most 1.5× the bare build's. The model's load is shown beside them.
 */
import { performance } from 'node:perf_hooks';
import { Packer } from 'docx';
import { layoutDocument } from '../../electron/documents/layout';
import { loadDocumentModel } from '../../electron/documents/render';
import type { DocumentRequest } from '../../shared/api';
import { docxText } from '../helpers/docx';
import { bareProfile } from './bare-profile';
import { median, report, timed, type Figure } from './measure';
import type { TenYearData } from './ten-year-data';

const YEAR = 2023;
const REQUEST: DocumentRequest = { kind: 'cluster-profile', year: YEAR, language: 'en' };
const RUNS = 15;
const WARMUP = 3;

export async function measureProfile(data: TenYearData): Promise<boolean> {
  const db = data.ctx.db();
  const load = () => loadDocumentModel(db, REQUEST);
  const loaded = await load();
  if (loaded.kind !== 'cluster-profile') throw new Error(`Asked for the cluster profile, got ${loaded.kind}`);
  const model = loaded.model;
  if (!model.calendar || model.initiatives.length === 0) throw new Error(`The ${YEAR} profile has no plan to lay out`);

  const app = async () => new Uint8Array(await Packer.toBuffer(layoutDocument(loaded).doc));
  const bare = async () => new Uint8Array(await Packer.toBuffer(bareProfile(model)));
  // The bare build holds the model's texts too: every school, initiative heading and phase of the calendar.
  const bareText = await docxText(await bare());
  const appText = await docxText(await app());
  const texts = [...model.schoolGroups.flatMap((g) => g.schools.map((s) => s.name)), ...model.initiatives.map((i) => i.heading), ...model.calendar.initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases.map((ph) => ph.name)))];
  for (const t of texts) {
    if (!bareText.includes(t)) throw new Error(`"${t}" is missing from the bare build`);
    if (!appText.includes(t)) throw new Error(`"${t}" is missing from the app's render`);
  }

  // One after the other, run by run, so a busy moment of the machine falls on both alike.
  for (let i = 0; i < WARMUP; i++) {
    await app();
    await bare();
  }
  const appRuns: number[] = [];
  const bareRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await app();
    appRuns.push(performance.now() - t);
    t = performance.now();
    await bare();
    bareRuns.push(performance.now() - t);
  }
  const figures: Figure[] = [
    { name: `profile model load (loadDocumentModel, ${YEAR})`, value: median(await timed(load, RUNS, WARMUP)), unit: 'ms' },
    { name: 'profile render: layout and Packer.toBuffer', value: median(appRuns), unit: 'ms' },
    { name: 'bare docx build of the same content and Packer.toBuffer', value: median(bareRuns), unit: 'ms' },
    { name: 'profile render ÷ bare docx build', value: median(appRuns) / median(bareRuns), unit: '×', target: 1.5 },
  ];
  return report(`The cluster profile against a bare docx build (ten-year data, medians of ${RUNS})`, figures);
}
