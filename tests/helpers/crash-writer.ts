/**
 * A writing server for the crash loop, bundled by the test and run as a child process: the real AppContext
 * and dispatch on a data folder, creating schools with two leaders each (one multi-row transaction) and a
 * manual backup now and then. It prints `ack <id>` only after dispatch answered, as an HTTP host would reply.
 * Usage: node crash-writer.cjs <dataDir> <run>
 */
import { AppContext } from '../../electron/app-context';
import { createDispatch } from '../../electron/dispatch';

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2);
  if (!dataDir || !run) throw new Error('usage: crash-writer <dataDir> <run>');
  const ctx = new AppContext(dataDir, { appVersion: 'crash-loop' });
  await ctx.open();
  process.stdout.write(`state ${ctx.state}\n`);
  if (ctx.state !== 'ready') process.exit(2);
  const dispatch = createDispatch(ctx);
  for (let i = 1; ; i++) {
    const r = await dispatch('schools.create', {
      name: `Sekolah ${run}-${i}`,
      abbreviation: `W${run}-${i}`,
      level: 'primary',
      leaders: [
        { role: 'head', name: `Ketua ${run}-${i}` },
        { role: 'deputy', name: `Timbalan ${run}-${i}` },
      ],
    });
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    process.stdout.write(`ack ${(r.value as { id: number }).id}\n`);
    if (i % 10 === 0) {
      const b = await dispatch('backups.create', {});
      if (!b.ok) throw new Error(`${b.error.code}: ${b.error.message}`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
