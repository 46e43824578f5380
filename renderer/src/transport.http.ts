/** Browser mode: POST /api/<method> on the loopback host, with the per-start token. */
import type { CallResult } from '../../shared/bridge';
import type { Transport } from './transport';

const TOKEN_KEY = 'cluster-office-token';

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

export function httpTransport(): Transport {
  const auth = `Bearer ${token()}`;
  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: auth },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'DATABASE_UNAVAILABLE', message: 'The application is not answering. Is it still running?' } };
      }
      const type = res.headers.get('Content-Type') ?? '';
      if (res.ok && !type.startsWith('application/json')) {
        const data = new Uint8Array(await res.arrayBuffer());
        return { ok: true, value: { fileName: fileNameOf(res.headers.get('Content-Disposition')), contentType: type, data } };
      }
      const body = (await res.json().catch(() => null)) as { error?: CallResult & { ok: false } } | null;
      if (res.ok) return { ok: true, value: body };
      const error = (body as { error?: { code: string; message: string; field?: string } } | null)?.error;
      if (res.status === 401) return { ok: false, error: { code: 'INTERNAL', message: 'This page has no valid access token. Open the address printed by `npm run web`.' } };
      return { ok: false, error: (error as never) ?? { code: 'INTERNAL', message: `The request failed (${res.status}).` } };
    },
  };
}
