/** The narrow bridge: one generic call, saving a document, saving a pack. Nothing else of Electron or Node. */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, CANCEL_PACK_CHANNEL, NAVIGATE_CHANNEL, PACK_PROGRESS_CHANNEL, SAVE_DOCUMENT_CHANNEL, SAVE_EXPORT_CHANNEL, SAVE_PACK_CHANNEL, type CallResult, type ClusterBridge } from '../shared/bridge';

const bridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<CallResult>,
  saveDocument: (issue) => ipcRenderer.invoke(SAVE_DOCUMENT_CHANNEL, issue) as Promise<CallResult>,
  savePack: (input) => ipcRenderer.invoke(SAVE_PACK_CHANNEL, input) as Promise<CallResult>,
  saveExport: (request) => ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, request) as Promise<CallResult>,
  cancelPack: () => ipcRenderer.invoke(CANCEL_PACK_CHANNEL) as Promise<CallResult>,
  onPackProgress: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, progress: { done: number; total: number }) => listener({ done: Number(progress.done), total: Number(progress.total) });
    ipcRenderer.on(PACK_PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(PACK_PROGRESS_CHANNEL, forward);
  },
  onNavigate: (listener) => {
    // Strip the Electron event: the page gets the route and nothing else.
    const forward = (_event: Electron.IpcRendererEvent, route: unknown) => listener(String(route));
    ipcRenderer.on(NAVIGATE_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(NAVIGATE_CHANNEL, forward);
  },
} satisfies ClusterBridge;

contextBridge.exposeInMainWorld('clusterApi', bridge);
