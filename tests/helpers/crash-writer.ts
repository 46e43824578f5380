/**
 * A writing server for the crash loop, bundled by the test and run as a child process: the real AppContext
 * and dispatch on a data folder, creating schools with two leaders each (one multi-row transaction) and a
 * manual backup now and then. It prints `ack <id>` only after dispatch answered, as an HTTP host would reply.
 * With `restore`, it instead adds one school and restores the first manual backup, over and over.
 * Usage: node crash-writer.cjs <dataDir> <run> [restore]
 */
import { AppContext } from '../../electron/app-context';
import { createDispatch } from '../../electron/dispatch';

async function main(): Promise<void> {
  const [dataDir, run, mode] = process.argv.slice(2);
  if (!dataDir || !run) throw new Error('usage: crash-writer <dataDir> <run>');
  const ctx = new AppContext(dataDir, { appVersion: 'crash-loop' });
  await ctx.open();
  process.stdout.write(`state ${ctx.state}\n`);
  if (ctx.state !== 'ready') process.exit(2);
  const dispatch = createDispatch(ctx);
  const call = async (method: string, input: unknown) => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  if (mode === 'restore') {
    const manual = ctx.listBackups().filter((b) => b.reason === 'manual');
    const first = manual.at(-1) ?? (await call('backups.create', {}));
    for (let i = 1; ; i++) {
      await call('schools.create', { name: `Sekolah ${run}-${i}`, abbreviation: `R${run}-${i}`, level: 'primary' });
      await call('backups.restore', { name: (first as { name: string }).name });
      process.stdout.write('restored\n');
    }
  }
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
