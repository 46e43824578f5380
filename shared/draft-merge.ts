/**
 * Re-applying a user's edits on top of a record that changed since the form opened (a CONFLICT on save).
 * Three versions of the draft: `base` (as loaded when the form opened), `mine` (the form now) and `theirs`
 * (the record as stored now). A field the user changed keeps the user's value; every other field takes
 * the stored one, including `version`, so the next save applies cleanly.
 */
type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Rows kept by id (leaders, next steps, actions): merged row by row instead of as one value. */
const idOf = (v: unknown): number | string | undefined => {
  if (!isPlain(v)) return undefined;
  const id = v.id;
  return typeof id === 'number' || typeof id === 'string' ? id : undefined;
};
const isRowList = (v: unknown): v is Plain[] => Array.isArray(v) && v.every(isPlain);

function mergeRows(base: Plain[], mine: Plain[], theirs: Plain[]): Plain[] {
  const baseById = new Map(base.flatMap((r) => (idOf(r) === undefined ? [] : [[idOf(r), r] as const])));
  const theirsById = new Map(theirs.flatMap((r) => (idOf(r) === undefined ? [] : [[idOf(r), r] as const])));
  const mineIds = new Set(mine.map(idOf).filter((x) => x !== undefined));
  const out: Plain[] = [];
  for (const row of mine) {
    const id = idOf(row);
    const b = id === undefined ? undefined : baseById.get(id);
    const t = id === undefined ? undefined : theirsById.get(id);
    if (id === undefined || !b) out.push(row); // added in this form
    else if (!t) {
      if (!sameValue(row, b)) out.push(row); // removed elsewhere but edited here: the user's edit is kept
    } else out.push(mergeValue(b, row, t) as Plain);
  }
  // Rows added elsewhere since the form opened.
  for (const row of theirs) {
    const id = idOf(row);
    if (id !== undefined && !baseById.has(id) && !mineIds.has(id)) out.push(row);
  }
  return out;
}

function mergeValue(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameValue(mine, base)) return theirs;
  if (isPlain(base) && isPlain(mine) && isPlain(theirs)) return mergeDraft(base, mine, theirs);
  if (isRowList(base) && isRowList(mine) && isRowList(theirs) && [...base, ...mine, ...theirs].some((r) => idOf(r) !== undefined)) {
    return mergeRows(base, mine, theirs);
  }
  return mine;
}

export function mergeDraft<T extends object>(base: T, mine: T, theirs: T): T {
  const [b, m, t] = [base as Plain, mine as Plain, theirs as Plain];
  const out: Plain = {};
  for (const k of new Set([...Object.keys(t), ...Object.keys(m)])) {
    out[k] = !(k in m) ? t[k] : !(k in t) ? m[k] : mergeValue(b[k], m[k], t[k]);
  }
  return out as T;
}
