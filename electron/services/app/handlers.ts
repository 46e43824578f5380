import fs from 'node:fs';
import type { AppStatus } from '../../../shared/domain';
import { localize } from '../../../shared/errors';
import type { AppContext } from '../../app-context';
import { getLanguage } from '../cluster/settings';
import { isEmpty, loadDemo } from '../demo/demo';
import type { HandlerSlice } from '../handlers';
import { dataYears } from './years';

export async function appStatus(ctx: AppContext): Promise<AppStatus> {
  const ready = ctx.state === 'ready';
  const language = ready ? await getLanguage(ctx.db()) : (ctx.lastLanguage ?? 'ms');
  return {
    state: ctx.state,
    message: localize(ctx.message, language),
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    empty: ready ? await isEmpty(ctx.db()) : false,
    language,
    setAsidePath: ctx.setAsidePath,
    damage: ctx.damage,
    recoveryLog: fs.existsSync(ctx.recoveryLog) ? ctx.recoveryLog : null,
    newestBackup: ctx.listBackups()[0] ?? null,
  };
}

export const appHandlers: HandlerSlice<'app.status' | 'app.years' | 'demo.load' | 'backups.list' | 'backups.create' | 'backups.restore' | 'recovery.startEmpty'> = {
  'app.status': (_input, ctx) => appStatus(ctx),
  'app.years': (_input, ctx) => dataYears(ctx.db()),
  'demo.load': (_input, ctx) => loadDemo(ctx.db()),
  'backups.list': (_input, ctx) => Promise.resolve(ctx.listBackups()),
  'backups.create': (_input, ctx) => ctx.backupNow('manual'),
  'backups.restore': async (input, ctx) => {
    await ctx.restore(input.name);
    return appStatus(ctx);
  },
  'recovery.startEmpty': async (_input, ctx) => {
    await ctx.startEmpty();
    return appStatus(ctx);
  },
};
