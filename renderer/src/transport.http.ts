/**
 * Browser mode: POST /api/<method> on the loopback host. The token arrives once in the address and is
 * exchanged for a session cookie, so reloads, bookmarks and second tabs keep working. When the host stops
 * answering, calls fail with an error the forms show (their input stays), a notice says so and the page
 * keeps asking until the host is back.
 */
import { notifications } from '@mantine/notifications';
import type { CallResult } from '../../shared/bridge';
import type { ApiError } from '../../shared/errors';
import i18next from './i18n';
import type { CallOptions, Transport } from './transport';

const TOKEN_KEY = 'cluster-office-token';
const RETRY_MS = 3000;
const DOWN_NOTICE = 'host-down';
const ACCESS_NOTICE = 'host-access';

/** The token arrives once in the address (#token=…); keep it for this tab and take it out of the address bar. */
function token(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function fileNameOf(disposition: string | null): string {
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  return m?.[1] ? decodeURIComponent(m[1]) : 'document.docx';
}

type ErrorBody = { error?: Partial<ApiError> } | null;

/** The host's own answers always carry `{ error: { code } }`; a 502/503/504 without it comes from something in between. */
async function answeredByHost(res: Response): Promise<boolean> {
  if (![502, 503, 504].includes(res.status)) return true;
  const body = (await res.clone().json().catch(() => null)) as ErrorBody;
  return typeof body?.error?.code === 'string';
}

const NDJSON = 'application/x-ndjson';
type StreamLine = {
  progress?: { done: number; total: number };
  error?: ApiError;
  file?: { fileName: string; contentType: string; dataBase64: string };
  value?: unknown;
};

export function httpTransport(): Transport {
  const bearer = token();
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  let loaded = false;
  let retry: ReturnType<typeof setInterval> | null = null;

  /** The host's response, or null when it is not answering. */
  async function post(path: string, input: unknown, signal?: AbortSignal, accept?: string): Promise<Response | null> {
    try {
      const res = await fetch(path, { method: 'POST', headers: accept ? { ...headers, Accept: accept } : headers, credentials: 'same-origin', body: JSON.stringify(input ?? {}), signal });
      return (await answeredByHost(res)) ? res : null;
    } catch (err) {
      if (signal?.aborted) throw err;
      return null;
    }
  }

  /** A long call answered line by line: `{ progress }` lines, then `{ value }`, `{ file }` or `{ error }`. */
  async function streamed(res: Response, onProgress: NonNullable<CallOptions['onProgress']>): Promise<CallResult> {
    const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.value) buffer += chunk.value;
      let at: number;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffer.slice(0, at)) as StreamLine;
        buffer = buffer.slice(at + 1);
        if (line.progress) onProgress(line.progress);
        else if (line.error) return { ok: false, error: line.error };
        else if (line.file) {
          const data = Uint8Array.from(atob(line.file.dataBase64), (c) => c.charCodeAt(0));
          return { ok: true, value: { fileName: line.file.fileName, contentType: line.file.contentType, data } };
        } else return { ok: true, value: line.value };
      }
      if (chunk.done) return { ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: i18next.t('host.downCall') } };
    }
  }

  // The token (or, without one, the cookie itself) buys a fresh session cookie before the first call.
  const session = post('/api/session', {});

  function hostDown() {
    if (retry) return;
    notifications.show({ id: DOWN_NOTICE, color: 'orange', loading: true, autoClose: false, withCloseButton: false, title: i18next.t('host.downTitle'), message: i18next.t('host.downBody') });
    retry = setInterval(() => {
      // A host that accepts the connection but hangs counts as down too.
      void post('/api/app.status', {}, AbortSignal.timeout(RETRY_MS)).then(async (res) => {
        if (!res) return;
        hostBack(res);
        if (res.status === 401) noAccess((await res.json().catch(() => null)) as ErrorBody);
      });
    }, RETRY_MS);
  }

  function hostBack(res: Response) {
    if (!retry) return;
    clearInterval(retry);
    retry = null;
    notifications.hide(DOWN_NOTICE);
    // Renew the cookie with the host that came back (it keeps the token, so the cookie is still good).
    void post('/api/session', {});
    // A page that never loaded holds no input: start it again. Otherwise the forms keep what was typed.
    if (!loaded && res.ok) window.location.reload();
    else notifications.show({ color: 'teal', message: i18next.t('host.back'), autoClose: 3000 });
  }

  function noAccess(body: ErrorBody): ApiError {
    // The host says it in the language the UI is set to, and names the command that started it.
    const message = body?.error?.message ?? i18next.t('host.noAccess');
    notifications.show({ id: ACCESS_NOTICE, color: 'red', autoClose: false, withCloseButton: false, title: i18next.t('host.noAccessTitle'), message });
    return { code: 'INTERNAL', message };
  }

  return {
    async call(method, input, options) {
      await session;
      const res = await post(`/api/${encodeURIComponent(method)}`, input, options?.signal, options?.onProgress ? NDJSON : undefined);
      if (!res) {
        hostDown();
        return { ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: i18next.t('host.downCall') } };
      }
      hostBack(res);
      if (res.status === 401) return { ok: false, error: noAccess((await res.json().catch(() => null)) as ErrorBody) };
      loaded = true;
      notifications.hide(ACCESS_NOTICE);
      const type = res.headers.get('Content-Type') ?? '';
      if (res.ok && options?.onProgress && type.startsWith(NDJSON)) return streamed(res, options.onProgress);
      if (res.ok && !type.startsWith('application/json')) {
        const data = new Uint8Array(await res.arrayBuffer());
        return { ok: true, value: { fileName: fileNameOf(res.headers.get('Content-Disposition')), contentType: type, data } };
      }
      const body = (await res.json().catch(() => null)) as unknown;
      if (res.ok) return { ok: true, value: body } satisfies CallResult;
      const error = (body as ErrorBody)?.error;
      return { ok: false, error: error?.code && error.message ? (error as ApiError) : { code: 'INTERNAL', message: i18next.t('host.failed', { status: res.status }) } };
    },
  };
}
