/**
 * The one place that makes a file name the app writes (a saved document, a file inside a pack or a .zip).
 * A name must be safe on Windows, macOS and Linux: one plain name (no folders), no control or bidi
 * characters, no Windows device names, no trailing dots or spaces, and short enough for every file system.
 */

/** Bytes of UTF-8 a whole name may take, extension included (file systems allow 255; leave room for " (2)"). */
export const MAX_FILE_NAME_BYTES = 120;

// C0 and C1 control characters and DEL: matching them is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
// Bidirectional controls: a name with U+202E can show "cod.exe" as "exe.doc".
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
// Characters Windows refuses in names, and both path separators.
const RESERVED = /[<>:"/\\|?*]/gu;
// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and the superscript digits Windows also reserves), with any extension.
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

const encoder = new TextEncoder();
const dotted = (extension: string) => (extension === '' || extension.startsWith('.') ? extension : `.${extension}`);
const bytes = (s: string) => encoder.encode(s).length;

/** Cuts text to at most `max` UTF-8 bytes on a character boundary (whole grapheme clusters, never half a letter). */
export function truncateUtf8(text: string, max: number): string {
  if (bytes(text) <= max) return text;
  let out = '';
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const n = bytes(segment);
    if (used + n > max) break;
    out += segment;
    used += n;
  }
  return out;
}

/** Leading and trailing dots and spaces: hidden files on Unix, silently dropped by Windows. */
const trimEnds = (s: string) => s.replace(/^[.\s]+|[.\s]+$/gu, '');

/** Characters a name can never hold become "-" (separators, reserved) or go (controls, bidi). */
function cleanStem(text: string): string {
  return text
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(BIDI, '')
    .replace(/\s*:\s+/gu, ' - ')
    .replace(RESERVED, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}


export interface FileNameOptions {
  /** Kept whole after the title, e.g. " 2026-12-01": a long title is shortened, never the date. */
  suffix?: string;
  /** Used when nothing of the title is left. */
  fallback?: string;
}

/**
 * A safe file name from a title: `fileNameFor('Laporan Penggal 1: SR A', '.docx')` → `Laporan Penggal 1 - SR A.docx`.
 * A device name gets "_" in front so Windows treats it as a file.
 */
export function fileNameFor(title: string, extension: string, options: FileNameOptions = {}): string {
  const ext = dotted(extension);
  const suffix = options.suffix ? cleanStem(options.suffix) : '';
  const tail = (suffix ? ` ${suffix}` : '') + ext;
  let stem = trimEnds(cleanStem(title));
  if (ext && stem.toLowerCase().endsWith(ext.toLowerCase())) stem = trimEnds(stem.slice(0, -ext.length));
  stem = trimEnds(truncateUtf8(stem, MAX_FILE_NAME_BYTES - bytes(tail)));
  if (stem === '') stem = options.fallback ?? 'document';
  if (DEVICE.test(stem) || DEVICE.test(stem + tail)) stem = `_${stem}`;
  return truncateUtf8(stem, MAX_FILE_NAME_BYTES - bytes(tail)) + tail;
}

/** The key two names clash on: Windows and macOS compare names without case and in one normal form. */
const clashKey = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * Names for a set of files written together (a pack, a .zip): each made safe, and a repeated name gets
 * " (2)", " (3)"… before its extension — never an overwrite.
 */
export function uniqueFileNames(titles: readonly string[], extension: string): string[] {
  const ext = dotted(extension);
  const used = new Set<string>();
  return titles.map((title) => {
    const first = fileNameFor(title, ext);
    const base = first.slice(0, first.length - ext.length);
    let name = first;
    for (let n = 2; used.has(clashKey(name)); n++) {
      const suffix = ` (${n})`;
      name = trimEnds(truncateUtf8(base, MAX_FILE_NAME_BYTES - bytes(ext) - bytes(suffix))) + suffix + ext;
    }
    used.add(clashKey(name));
    return name;
  });
}
