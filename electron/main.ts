/** The desktop shell: lifecycle, one window, menu, CSP, the app:// protocol and IPC wiring. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell, type MenuItemConstructorOptions } from 'electron';
import pkg from '../package.json';
import { api } from '../shared/api';
import { NAVIGATE_CHANNEL, PACK_PROGRESS_CHANNEL, STATUS_ROUTE, type CallResult } from '../shared/bridge';
import { bi, isApiError, localize, type ApiError } from '../shared/errors';
import type { DocumentFile } from '../shared/domain';
import { AppContext } from './app-context';
import { acquireDataLock, DataFolderInUseError, inUseMessage, type DataLock } from './data-lock';
import { createDispatch, issuesToError, localizeError, toApiError, uiLanguage, type Dispatch } from './dispatch';
import { APP_ORIGIN, isAppUrl, registerIpc } from './ipc';
import { writePack } from './pack-files';
import { stopRenderThread } from './documents/render-thread';
import { buildPack, type PackProgress } from './services/documents/pack';
import { proposedIssueName } from './services/documents/register';
import { rendererFile } from './renderer-files';
import { CONTENT_SECURITY_POLICY } from './security';

const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (process.env.CLUSTER_OFFICE_DATA) app.setPath('userData', path.resolve(process.env.CLUSTER_OFFICE_DATA));

let mainWindow: BrowserWindow | null = null;
let ctx: AppContext | null = null;
let dataLock: DataLock | null = null;

/** Serves the built renderer from app://cluster-office/, never outside its folder, with the CSP header. */
function registerAppProtocol() {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const response = await net.fetch(pathToFileURL(rendererFile(RENDERER_DIR, url.pathname)).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

/** A message of the shell in the UI language (BM while the data file is not open). */
async function say(en: string, ms: string): Promise<string> {
  return localize(bi(en, ms), ctx ? await uiLanguage(ctx) : 'ms');
}
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The open data file for the shell's own calls, or why there is none (not open, or in recovery), as dispatch says it. */
const readyContext = (): AppContext | ApiError =>
  !ctx ? { code: 'DATABASE_UNAVAILABLE', message: bi('The data file is not open.', 'Fail data tidak dibuka.') } : ctx.state !== 'ready' ? ctx.unavailable().toJSON() : ctx;

/**
 * Asks where to save the document under the name it would be issued with, and only then issues it: rendered
 * once, under its number, and recorded in the register. A cancelled dialog issues nothing.
 */
async function saveDocument(dispatch: Dispatch, issue: unknown): Promise<CallResult> {
  const parsed = api['documents.issue'].input.safeParse(issue ?? {});
  if (!parsed.success) return failed(issuesToError(parsed.error.issues));
  const open = readyContext();
  if (!(open instanceof AppContext)) return failed(open);
  let proposed: string;
  try {
    proposed = await proposedIssueName(open.db(), parsed.data);
  } catch (err) {
    return failed(toApiError(err));
  }
  const filePath = await chooseSavePath(proposed, { name: 'Word', extensions: ['docx'] });
  if (!filePath) return { ok: true, value: { saved: false, fileName: proposed } };
  const issued = await dispatch('documents.issue', issue);
  if (!issued.ok) return issued;
  return writeChosen(filePath, (issued.value as DocumentFile).data, ['The document could not be saved', 'Dokumen tidak dapat disimpan']);
}

/** A list's spreadsheet: made first (its name comes with it), then saved where the user chooses. */
async function saveExport(dispatch: Dispatch, request: unknown): Promise<CallResult> {
  const made = await dispatch('exports.render', request);
  if (!made.ok) return made;
  const file = made.value as DocumentFile;
  const filePath = await chooseSavePath(file.fileName, { name: 'Excel', extensions: ['xlsx'] });
  if (!filePath) return { ok: true, value: { saved: false, fileName: file.fileName } };
  return writeChosen(filePath, file.data, ['The spreadsheet could not be saved', 'Hamparan tidak dapat disimpan']);
}

/** The save dialog, in the user's Documents folder under `fileName`; null when cancelled. */
async function chooseSavePath(fileName: string, filter: { name: string; extensions: string[] }): Promise<string | null> {
  const options = { defaultPath: path.join(app.getPath('documents'), fileName), filters: [filter] };
  const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** Writes a saved file where the user chose; a failure is said in the UI's language after `failure`'s words. */
async function writeChosen(filePath: string, data: Uint8Array, failure: [en: string, ms: string]): Promise<CallResult> {
  try {
    fs.writeFileSync(filePath, data);
  } catch (err) {
    return { ok: false, error: { code: 'INTERNAL', message: await say(`${failure[0]}: ${reason(err)}`, `${failure[1]}: ${reason(err)}`) } };
  }
  return { ok: true, value: { saved: true, fileName: path.basename(filePath) } };
}

let packStop: AbortController | null = null;
const cancelPack = (): CallResult => {
  packStop?.abort();
  return { ok: true, value: null };
};

/** An error of the shell's own calls, in the UI language, as dispatch answers its own. */
async function failed(error: ApiError): Promise<CallResult> {
  return { ok: false, error: localizeError(error, ctx ? await uiLanguage(ctx) : 'ms') };
}

/** The termly pack: a folder first, then every report built, issued and written by the main process. */
async function savePack(input: unknown): Promise<CallResult> {
  const parsed = api['documents.pack'].input.safeParse(input ?? {});
  if (!parsed.success) return failed(issuesToError(parsed.error.issues));
  const open = readyContext();
  if (!(open instanceof AppContext)) return failed(open);
  if (packStop) return failed({ code: 'CONFLICT', message: bi('A pack is already being made.', 'Satu pek sedang disediakan.') });
  const options = { title: await say('Choose a folder for the documents', 'Pilih folder untuk dokumen'), defaultPath: app.getPath('documents'), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return { ok: true, value: { saved: false, folder: null, files: [] } };
  packStop = new AbortController();
  try {
    let written: string[] = [];
    const progress = { onProgress: (p: PackProgress) => mainWindow?.webContents.send(PACK_PROGRESS_CHANNEL, p), signal: packStop.signal };
    // Written while the pack is recorded: files that cannot be written leave nothing issued.
    await buildPack(open.db(), parsed.data, progress, (files) => (written = writePack(folder, files)));
    return { ok: true, value: { saved: true, folder, files: written } };
  } catch (err) {
    return failed(toApiError(err));
  } finally {
    packStop = null;
  }
}

function buildMenu() {
  const send = (route: string) => () => mainWindow?.webContents.send(NAVIGATE_CHANNEL, route);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Schools', accelerator: 'CmdOrCtrl+1', click: send('schools') },
        { label: 'Plan', accelerator: 'CmdOrCtrl+2', click: send('plan') },
        { label: 'Calendar', accelerator: 'CmdOrCtrl+3', click: send('calendar') },
        { label: 'Visits', accelerator: 'CmdOrCtrl+4', click: send('visits') },
        { label: 'Mentoring', accelerator: 'CmdOrCtrl+5', click: send('mentoring') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // The accelerator takes Ctrl+Z before the page sees it: undo typing in a field, and tell the page,
        // which undoes its last plan change when no field has focus.
        {
          label: 'Undo',
          accelerator: 'CmdOrCtrl+Z',
          click: () => {
            mainWindow?.webContents.undo();
            send('undo')();
          },
        },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as const])],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: `About ${pkg.productName}`,
          click: () => void dialog.showMessageBox({ type: 'info', title: pkg.productName, message: `${pkg.productName} ${pkg.version}`, detail: pkg.description }),
        },
        { label: 'Open data folder', click: () => void shell.openPath(app.getPath('userData')) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: pkg.productName,
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    // A redirect is a navigation too: neither may leave the app's own pages.
    const stayInApp = (event: Electron.Event, url: string) => {
      if (!isAppUrl(url)) event.preventDefault();
    };
    contents.on('will-navigate', stayInApp);
    contents.on('will-redirect', stayInApp);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // A form with typed changes holds the window open (beforeunload); ask in both languages, as the page would.
    contents.on('will-prevent-unload', (event) => {
      const options: Electron.MessageBoxSyncOptions = {
        type: 'question',
        buttons: ['Keep editing / Terus menyunting', 'Discard / Buang'],
        defaultId: 0,
        cancelId: 0,
        title: pkg.productName,
        message: 'Discard your changes? / Buang perubahan anda?',
        detail: 'A form has changes that are not saved. / Satu borang mempunyai perubahan yang belum disimpan.',
      };
      const owner = BrowserWindow.fromWebContents(contents);
      const choice = owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options);
      // preventDefault here overrides the page's beforeunload: the window closes and the changes go.
      if (choice === 1) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app
    .whenReady()
    .then(async () => {
      session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);
      // One owner of the data folder: browser mode may hold it; take it before the database is opened.
      dataLock = await acquireDataLock(app.getPath('userData'), 'desktop');
      process.on('exit', () => dataLock?.release());
      // The full check runs after the window opens; if it finds damage, the page reads the state again and shows
      // the recovery screen without a reload, as in browser mode (a form with typed changes keeps them).
      ctx = new AppContext(app.getPath('userData'), { appVersion: pkg.version, onDamaged: () => mainWindow?.webContents.send(NAVIGATE_CHANNEL, STATUS_ROUTE) });
      await ctx.open();
      const dispatch = createDispatch(ctx);
      registerAppProtocol();
      registerIpc(ipcMain, dispatch, isAppUrl, { saveDocument: (issue) => saveDocument(dispatch, issue), savePack, saveExport: (request) => saveExport(dispatch, request), cancelPack: () => Promise.resolve(cancelPack()) });
      buildMenu();
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((err: unknown) => {
      let message = isApiError(err) || err instanceof Error ? err.message : String(err);
      if (err instanceof DataFolderInUseError) {
        console.error(message);
        message = `${message}\n\n${inUseMessage(err.dataDir, err.owner, 'ms')}`;
      }
      dialog.showErrorBox(`${pkg.productName} could not start`, message);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Close the database before giving up the data folder, so the next owner finds it at rest.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void Promise.allSettled([ctx?.close(), stopRenderThread()]).finally(() => {
      closed = true;
      dataLock?.release();
      app.exit(0);
    });
  });
}
