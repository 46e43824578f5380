/**
 * One ipcMain channel forwarding to dispatch(), plus the save-document and termly-pack channels. Takes an ipcMain-like
 * interface, so it is tested without Electron. Every message's sender frame must be the app's own page.
 */
import type { CallResult } from '../shared/bridge';
import { CALL_CHANNEL, CANCEL_PACK_CHANNEL, SAVE_DOCUMENT_CHANNEL, SAVE_EXPORT_CHANNEL, SAVE_PACK_CHANNEL } from '../shared/bridge';
import type { Dispatch } from './dispatch';

export interface IpcEventLike {
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export const APP_ORIGIN = 'app://cluster-office';

/** True for the app's own pages (app://cluster-office/...), the only frames IPC answers. */
export const isAppUrl = (url: string) => url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);

const refused: CallResult = { ok: false, error: { code: 'INTERNAL', message: 'Ditolak: permintaan ini bukan dari tetingkap aplikasi. / Refused: the request did not come from the application window.' } };

export interface Savers {
  saveDocument: (issue: unknown) => Promise<CallResult>;
  savePack: (input: unknown) => Promise<CallResult>;
  saveExport: (request: unknown) => Promise<CallResult>;
  cancelPack: () => Promise<CallResult>;
}

export function registerIpc(ipc: IpcMainLike, dispatch: Dispatch, isTrustedUrl: (url: string) => boolean, savers: Savers): () => void {
  const trusted = (e: IpcEventLike) => e.senderFrame !== null && isTrustedUrl(e.senderFrame.url);
  ipc.handle(CALL_CHANNEL, async (event, method, input) => (trusted(event) ? dispatch(String(method), input) : refused));
  ipc.handle(SAVE_DOCUMENT_CHANNEL, async (event, issue) => (trusted(event) ? savers.saveDocument(issue) : refused));
  ipc.handle(SAVE_PACK_CHANNEL, async (event, input) => (trusted(event) ? savers.savePack(input) : refused));
  ipc.handle(SAVE_EXPORT_CHANNEL, async (event, request) => (trusted(event) ? savers.saveExport(request) : refused));
  ipc.handle(CANCEL_PACK_CHANNEL, async (event) => (trusted(event) ? savers.cancelPack() : refused));
  return () => {
    ipc.removeHandler(CALL_CHANNEL);
    ipc.removeHandler(SAVE_DOCUMENT_CHANNEL);
    ipc.removeHandler(SAVE_PACK_CHANNEL);
    ipc.removeHandler(SAVE_EXPORT_CHANNEL);
    ipc.removeHandler(CANCEL_PACK_CHANNEL);
  };
}
