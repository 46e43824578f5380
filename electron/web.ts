/** `npm run web`: serve the app in a browser on 127.0.0.1. Options: --port N, --data DIR. */
import crypto from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../package.json';
import { AppContext } from './app-context';
import { resolveDataDir } from './data-dir';
import { createDispatch } from './dispatch';
import { createWebHost, listen } from './web-host';

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4310' }, data: { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
  const dataDir = values.data ? path.resolve(values.data) : resolveDataDir();
  const token = process.env.CLUSTER_OFFICE_TOKEN || crypto.randomBytes(24).toString('base64url');

  const ctx = new AppContext(dataDir, { appVersion: pkg.version });
  await ctx.open();
  const server = createWebHost({ dispatch: createDispatch(ctx), token, port, staticDir: path.join(__dirname, '..', 'renderer') });
  const bound = await listen(server, port);
  console.log(`Cluster Office (browser mode), data in ${dataDir}`);
  console.log(`Open http://127.0.0.1:${bound}/#token=${token}`);
  if (ctx.state !== 'ready') console.log(ctx.message);

  const stop = () => {
    server.close();
    void ctx.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error && err.name === 'NativeModuleError' ? err.message : err);
  process.exit(1);
});
