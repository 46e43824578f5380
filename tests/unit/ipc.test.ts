import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/dispatch';
import { isAppUrl, registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/ipc';
import { CALL_CHANNEL, CANCEL_PACK_CHANNEL, SAVE_DOCUMENT_CHANNEL, SAVE_EXPORT_CHANNEL, SAVE_PACK_CHANNEL, type CallResult } from '../../shared/bridge';
import { openApp } from '../helpers/tmp';

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

/** The part of Electron's ipcMain that registerIpc uses: a table of channel handlers. */
class IpcTable implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  async invoke(channel: string, url: string | null, ...args: unknown[]): Promise<CallResult> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return (await listener({ senderFrame: url === null ? null : { url } }, ...args)) as CallResult;
  }
}

async function setUp() {
  const app = await openApp();
  const ipc = new IpcTable();
  const saved: unknown[] = [];
  const unregister = registerIpc(ipc, createDispatch(app.ctx), isAppUrl, {
    saveDocument: (request) => {
      saved.push(request);
      return Promise.resolve({ ok: true, value: { saved: true, fileName: 'x.docx' } });
    },
    savePack: (input) => {
      saved.push(input);
      return Promise.resolve({ ok: true, value: { saved: true, folder: '/chosen', files: ['a.docx'] } });
    },
    saveExport: (request) => {
      saved.push(request);
      return Promise.resolve({ ok: true, value: { saved: true, fileName: 'x.xlsx' } });
    },
    cancelPack: () => {
      saved.push('cancel');
      return Promise.resolve({ ok: true, value: null });
    },
  });
  return { ...app, ipc, saved, unregister };
}

describe('IPC', () => {
  it('forwards a call from the app window to dispatch', async () => {
    const { ipc, call } = await setUp();
    const created = await ipc.invoke(CALL_CHANNEL, 'app://cluster-office/index.html', 'schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    expect(created).toMatchObject({ ok: true, value: { abbreviation: 'SR A' } });
    expect(await call('schools.list')).toMatchObject({ total: 1 });
    // Errors travel back as data, not as a thrown IPC error.
    expect(await ipc.invoke(CALL_CHANNEL, 'app://cluster-office/index.html#/schools', 'schools.get', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses calls from any other frame and runs nothing', async () => {
    const { ipc, call, saved } = await setUp();
    for (const url of ['https://evil.example/', 'app://cluster-office.evil/index.html', 'file:///tmp/index.html', 'http://127.0.0.1:4310/', '', null]) {
      const r = await ipc.invoke(CALL_CHANNEL, url, 'schools.create', { name: 'Evil', abbreviation: 'EV', level: 'other' });
      expect(r, String(url)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/application window/) as string } });
      const s = await ipc.invoke(SAVE_DOCUMENT_CHANNEL, url, { kind: 'school-roster', language: 'ms' });
      expect(s.ok, String(url)).toBe(false);
      const f = await ipc.invoke(SAVE_PACK_CHANNEL, url, { year: 2024, term: 1, language: 'ms' });
      expect(f.ok, String(url)).toBe(false);
      expect((await ipc.invoke(SAVE_EXPORT_CHANNEL, url, { kind: 'roster', language: 'ms' })).ok, String(url)).toBe(false);
      expect((await ipc.invoke(CANCEL_PACK_CHANNEL, url)).ok, String(url)).toBe(false);
    }
    expect(await call('schools.list')).toMatchObject({ total: 0 });
    expect(saved).toEqual([]);
  });

  it('hands a save request from the app window to the save function', async () => {
    const { ipc, saved } = await setUp();
    const r = await ipc.invoke(SAVE_DOCUMENT_CHANNEL, 'app://cluster-office/index.html', { kind: 'school-roster', language: 'en' });
    expect(r).toEqual({ ok: true, value: { saved: true, fileName: 'x.docx' } });
    expect(saved).toEqual([{ kind: 'school-roster', language: 'en' }]);
  });

  it('hands a spreadsheet request from the app window to the save function', async () => {
    const { ipc, saved } = await setUp();
    const r = await ipc.invoke(SAVE_EXPORT_CHANNEL, 'app://cluster-office/index.html', { kind: 'roster', language: 'en' });
    expect(r).toEqual({ ok: true, value: { saved: true, fileName: 'x.xlsx' } });
    expect(saved).toEqual([{ kind: 'roster', language: 'en' }]);
  });

  it('hands a pack request and its cancel from the app window to the pack functions', async () => {
    const { ipc, saved } = await setUp();
    const input = { year: 2024, term: 1, language: 'ms' };
    expect(await ipc.invoke(SAVE_PACK_CHANNEL, 'app://cluster-office/index.html', input)).toEqual({ ok: true, value: { saved: true, folder: '/chosen', files: ['a.docx'] } });
    expect(await ipc.invoke(CANCEL_PACK_CHANNEL, 'app://cluster-office/index.html')).toEqual({ ok: true, value: null });
    expect(saved).toEqual([input, 'cancel']);
  });

  it('removes its handlers when asked, so it can be registered again', async () => {
    const { ipc, unregister, ctx } = await setUp();
    expect([...ipc.handlers.keys()].sort()).toEqual([CALL_CHANNEL, SAVE_DOCUMENT_CHANNEL, SAVE_PACK_CHANNEL, SAVE_EXPORT_CHANNEL, CANCEL_PACK_CHANNEL].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
    const nothing = () => Promise.resolve({ ok: true, value: null } as CallResult);
    registerIpc(ipc, createDispatch(ctx), isAppUrl, { saveDocument: nothing, savePack: nothing, saveExport: nothing, cancelPack: nothing });
    expect(ipc.handlers.size).toBe(5);
  });
});
