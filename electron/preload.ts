/** The narrow bridge: one generic call, saving a document, saving a pack. Nothing else of Electron or Node. */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, NAVIGATE_CHANNEL, SAVE_DOCUMENT_CHANNEL, SAVE_FILES_CHANNEL, type CallResult, type ClusterBridge } from '../shared/bridge';

const bridge = {
  call: (method: string, input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, method, input) as Promise<CallResult>,
  saveDocument: (issue) => ipcRenderer.invoke(SAVE_DOCUMENT_CHANNEL, issue) as Promise<CallResult>,
  saveFiles: (files) => ipcRenderer.invoke(SAVE_FILES_CHANNEL, files) as Promise<CallResult>,
  onNavigate: (listener) => {
    // Strip the Electron event: the page gets the route and nothing else.
    const forward = (_event: Electron.IpcRendererEvent, route: unknown) => listener(String(route));
    ipcRenderer.on(NAVIGATE_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(NAVIGATE_CHANNEL, forward);
  },
} satisfies ClusterBridge;

contextBridge.exposeInMainWorld('clusterApi', bridge);
