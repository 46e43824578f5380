import fs from 'node:fs';
import path from 'node:path';

/**
 * The built UI file a request path names, never outside the UI folder; anything else gets index.html
 * (the page routes itself). Shared by the desktop app:// protocol and browser mode.
 */
export function rendererFile(root: string, pathname: string): string {
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + decodeURIComponent(pathname));
  return file.startsWith(base + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(base, 'index.html');
}
