import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const KIT = path.join(root, 'electron/documents/kit');
/** The layouts laid out from report models, and the kit they build on. */
const PURE = [
  'electron/documents/school-roster.ts',
  'electron/documents/visit-report.ts',
  'electron/documents/mentor-appointment-letters.ts',
  'electron/documents/event-list.ts',
  'electron/documents/school-term-report.ts',
  'electron/documents/cluster-term-report.ts',
  'electron/documents/mentoring-report.ts',
  'electron/documents/cluster-profile.ts',
  'electron/documents/initiative-calendar.ts',
  'electron/documents/covering-letter.ts',
  'electron/documents/sip-review.ts',
  'electron/documents/kpi-review.ts',
  ...fs.readdirSync(KIT).map((f) => `electron/documents/kit/${f}`),
];

const importsOf = (file: string) =>
  [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');

describe('pure layouts', () => {
  it.each(PURE)('%s imports only docx, shared/ and the kit', (file) => {
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)) : spec;
      expect(target === 'docx' || target.startsWith('shared/') || target.startsWith('electron/documents/kit'), `${file} imports ${spec}`).toBe(true);
    }
  });
});

describe('the rendering thread', () => {
  // It lays out models in a worker: nothing there may reach the database, the services or Electron.
  it.each(['electron/documents/layout.ts', 'electron/documents/render-worker.ts'])('%s imports only layouts, docx, shared/ and Node', (file) => {
    for (const spec of importsOf(file)) {
      const target = spec.startsWith('.') ? path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)) : spec;
      const layout = PURE.includes(`${target}.ts`) || target === 'electron/documents/layout';
      expect(layout || target === 'docx' || target.startsWith('shared/') || target.startsWith('node:'), `${file} imports ${spec}`).toBe(true);
    }
  });
});
