import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/data-dir';
import type { AppStatus, BackupInfo } from '../../shared/domain';
import { failure, sha256 } from '../helpers/api';
import { openApp, tempDir } from '../helpers/tmp';

type List = { total: number };

/** A data folder whose database holds the demo and a manual backup of it; the app is closed again. */
async function folderWithDemo() {
  const first = await openApp();
  await first.call('demo.load');
  const backup = await first.call<BackupInfo>('backups.create');
  await first.ctx.close();
  return { dataDir: first.dataDir, file: path.join(first.dataDir, DATABASE_FILE), backup };
}

const damages: [string, (file: string) => void][] = [
  ['cut to half its size', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
  [
    'with its header overwritten',
    (file) => {
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(100, 0xab), 0, 100, 0);
      fs.closeSync(fd);
    },
  ],
  [
    'with a page in the middle overwritten',
    (file) => {
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 2);
      fs.closeSync(fd);
    },
  ],
];

describe('a damaged data file', () => {
  it('made of garbage is set aside unchanged and the app waits in the damaged state', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    const garbage = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251));
    fs.writeFileSync(file, garbage);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('damaged');
    expect(ctx.setAsidePath).not.toBeNull();
    const aside = ctx.setAsidePath ?? '';
    expect(path.dirname(path.dirname(aside))).toBe(path.join(dataDir, 'damaged'));
    expect(fs.readFileSync(aside).equals(garbage)).toBe(true);
    expect(fs.existsSync(file)).toBe(false);

    const status = await call<AppStatus>('app.status');
    expect(status).toMatchObject({ state: 'damaged', damage: 'unreadable', setAsidePath: aside, newestBackup: null });
    // In words, in the UI language (BM until a file is open); SQLite's own output goes to the log only.
    expect(status.message).toContain(aside);
    expect(status.message).toMatch(/^Fail data rosak dan tidak selamat digunakan\..*Tiada sandaran yang baik ditemui/);
    expect(status.message).not.toMatch(/SQLITE_|not a database|malformed|integrity_check/);
    expect(status.recoveryLog).toBe(path.join(dataDir, 'logs', 'recovery.log'));
    expect(fs.readFileSync(status.recoveryLog ?? '', 'utf8')).toMatch(/SQLITE_NOTADB: file is not a database/);

    for (const [method, input] of [
      ['schools.list', {}],
      ['demo.load', {}],
      ['profile.get', {}],
      ['documents.render', { kind: 'school-roster', language: 'ms' }],
      ['backups.create', {}],
    ] as const) {
      expect((await failure(call(method, input))).code, method).toBe('DATABASE_UNAVAILABLE');
    }
    expect(await call('backups.list')).toEqual([]);

    const fresh = await call<AppStatus>('recovery.startEmpty');
    expect(fresh).toMatchObject({ state: 'ready', empty: true, setAsidePath: null });
    expect((await call<List>('schools.list')).total).toBe(0);
    await call('schools.create', { name: 'Sekolah Rendah Baru', abbreviation: 'SR B', level: 'primary' });
    // The damaged file is still there, untouched.
    expect(fs.readFileSync(aside).equals(garbage)).toBe(true);
  });

  it.each(damages)('%s is set aside unchanged and the newest backup brings the data back', async (_label, damage) => {
    const { dataDir, file, backup } = await folderWithDemo();
    damage(file);
    const damagedHash = sha256(file);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('damaged');
    const aside = ctx.setAsidePath ?? '';
    expect(sha256(aside)).toBe(damagedHash);

    const status = await call<AppStatus>('app.status');
    expect(status.state).toBe('damaged');
    expect(status.newestBackup?.name).toBe(backup.name);
    const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(backup.createdAt) ?? [];
    expect(status.message).toContain(`Pulihkan sandaran terbaharu (${d}/${mo}/${y} ${h}:${mi})`);
    expect((await failure(call('schools.list'))).code).toBe('DATABASE_UNAVAILABLE');

    const restored = await call<AppStatus>('backups.restore', { name: backup.name });
    expect(restored).toMatchObject({ state: 'ready', empty: false, setAsidePath: null });
    expect((await call<List>('schools.list')).total).toBe(26);
    expect(sha256(aside)).toBe(damagedHash);
  });

  it('can be replaced by an empty database instead of a backup', async () => {
    const { dataDir, file } = await folderWithDemo();
    damages[1]?.[1](file);
    const { call } = await openApp(dataDir);
    expect((await call<AppStatus>('app.status')).state).toBe('damaged');
    const status = await call<AppStatus>('recovery.startEmpty');
    expect(status).toMatchObject({ state: 'ready', empty: true });
    expect((await call<List>('schools.list')).total).toBe(0);
    expect(await call('team.list')).toEqual([]);
  });

  it('refuses startEmpty while the data file is fine', async () => {
    const { call } = await openApp();
    await call('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    expect((await failure(call('recovery.startEmpty'))).code).toBe('CONFLICT');
    expect((await call<List>('schools.list')).total).toBe(1);
  });
});

describe('a data file from a newer version', () => {
  it('is left in place untouched and only the recovery methods answer', async () => {
    const { dataDir, file } = await folderWithDemo();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const hash = sha256(file);

    const { ctx, call } = await openApp(dataDir);
    expect(ctx.state).toBe('newer');
    const status = await call<AppStatus>('app.status');
    expect(status.state).toBe('newer');
    expect(status.message).toMatch(/versi Cluster Office yang lebih baharu.*Fail itu tidak diubah/);
    expect((await failure(call('schools.list'))).code).toBe('DATABASE_UNAVAILABLE');
    expect((await failure(call('recovery.startEmpty'))).code).toBe('CONFLICT');
    const newest = status.newestBackup?.name ?? '';
    expect((await failure(call('backups.restore', { name: newest }))).code).toBe('CONFLICT');
    expect(sha256(file)).toBe(hash);
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });
});
