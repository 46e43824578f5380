/**
 * The roster import: a file read into rows, each row matched to a school by its abbreviation and checked
 * with the same schemas as the school form, shown as new / update / unchanged / error; then, on the clerk's
 * word, written in one transaction. The preview is kept 30 minutes and refused once the roster has changed.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { api, type ParsedInput, type SchoolInput } from '../../../shared/api';
import type { Language } from '../../../shared/dates';
import { formatDate, isCalendarDate } from '../../../shared/dates';
import { LEADER_ROLES, SCHOOL_LEVELS, type LeaderRole, type SchoolLevel } from '../../../shared/domain';
import { AppError, bi, localize, validationError } from '../../../shared/errors';
import { dictionaries } from '../../../shared/i18n';
import {
  IMPORT_MAX_ROWS,
  LEADER_IMPORT_FIELDS,
  SCHOOL_IMPORT_FIELDS,
  type ImportChange,
  type ImportMapping,
  type ImportOutcome,
  type ImportPreview,
  type ImportRow,
  type ImportRowError,
  type LeaderImportField,
  type SchoolImportField,
} from '../../../shared/imports/api';
import { abbreviationKey, tidyAbbreviation } from '../../../shared/text';
import type { DB } from '../../../db/schema';
import { readSetting, writeSetting } from '../cluster/settings';
import { changeSchool, insertSchool } from '../schools/schools';
import { fileError, readGrids, tooManyRows, type Cell, type Grid, type Line } from './read';

const en = dictionaries.en;
const ms = dictionaries.ms;
const MAPPING_SETTING = 'imports.roster.mapping';
export const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

/** Headers compared without case, accents, spaces or punctuation: "No." is "no", "E-mel" is "emel". */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const SCHOOL_HEADERS: Record<SchoolImportField, string[]> = {
  number: [en.exports.number, ms.exports.number, 'Number', 'Nombor', 'No', 'Bil'],
  name: [en.school.name, ms.school.name, 'Name', 'Nama', 'School', 'Sekolah'],
  abbreviation: [en.school.abbreviation, ms.school.abbreviation, 'Abbr', 'Short name', 'Nama ringkas'],
  level: [en.school.level, ms.school.level],
  wseBand: [en.school.wseBand, ms.school.wseBand, 'WSE', 'Band'],
  phone: [en.school.phone, ms.school.phone, 'Tel', 'Telephone', 'No telefon'],
  email: [en.school.email, ms.school.email, 'E-mail', 'Emel'],
  address: [en.school.address, ms.school.address],
  notes: [en.school.notes, ms.school.notes, 'Note'],
};
const LEADER_HEADERS: Record<LeaderImportField, string[]> = {
  abbreviation: [en.school.abbreviation, ms.school.abbreviation, 'School', 'Sekolah'],
  role: [en.school.leaderRole, ms.school.leaderRole],
  name: [en.school.leaderName, ms.school.leaderName, 'Leader name', 'Nama pemimpin'],
  title: [en.school.leaderTitle, ms.school.leaderTitle, 'Post title', 'Title'],
  appointedOn: [en.school.appointedOn, ms.school.appointedOn, 'Appointed'],
};
const SCHOOL_LABELS: Record<SchoolImportField, [string, string]> = {
  number: [en.exports.number, ms.exports.number],
  name: [en.school.name, ms.school.name],
  abbreviation: [en.school.abbreviation, ms.school.abbreviation],
  level: [en.school.level, ms.school.level],
  wseBand: [en.school.wseBand, ms.school.wseBand],
  phone: [en.school.phone, ms.school.phone],
  email: [en.school.email, ms.school.email],
  address: [en.school.address, ms.school.address],
  notes: [en.school.notes, ms.school.notes],
};
const LEADER_LABELS: Record<LeaderImportField, [string, string]> = {
  abbreviation: [en.school.abbreviation, ms.school.abbreviation],
  role: [en.school.leaderRole, ms.school.leaderRole],
  name: [en.school.leaderName, ms.school.leaderName],
  title: [en.school.leaderTitle, ms.school.leaderTitle],
  appointedOn: [en.school.appointedOn, ms.school.appointedOn],
};

const LEVEL_WORDS = new Map<string, SchoolLevel>(
  SCHOOL_LEVELS.flatMap((l) => [l, en.level[l], ms.level[l], en.levelShort[l], ms.levelShort[l]].map((w) => [fold(w), l] as const)),
);
const ROLE_WORDS = new Map<string, LeaderRole>([
  ...LEADER_ROLES.flatMap((r) => [r, en.leaderRole[r], ms.leaderRole[r]].map((w) => [fold(w), r] as const)),
  ...['Ketua', 'Guru Besar', 'Pengetua', 'Principal', 'Headmaster', 'Headmistress', 'Head teacher'].map((w) => [fold(w), 'head'] as const),
  ...['Timbalan Ketua Sekolah', 'Timbalan Guru Besar', 'Timbalan Pengetua', 'Deputy head', 'Deputy principal'].map((w) => [fold(w), 'deputy'] as const),
]);

// ---- cells to values -------------------------------------------------------------------------------------

const isoOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** Text as typed, spaces (non-breaking ones too) trimmed at both ends; `oneLine` also collapses inner runs. */
function textOf(c: Cell, oneLine: boolean): string {
  if (c === null) return '';
  const s = c instanceof Date ? formatDate(isoOf(c)) : String(c);
  const t = s.replace(/\u00a0/g, ' ');
  return oneLine ? t.replace(/\s+/g, ' ').trim() : t.replace(/[ \t]+$/gm, '').trim();
}

/** A whole number cell or its text; anything else is handed on as typed for the schema to refuse. */
function numberOf(c: Cell): unknown {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  const t = textOf(c, true);
  if (t === '') return null;
  return /^[0-9]+(\.0+)?$/.test(t) ? Number(t) : t;
}

/** An Excel date, a day number, DD/MM/YYYY or YYYY-MM-DD text, as YYYY-MM-DD; anything else as typed. */
function dateOf(c: Cell): string {
  if (c === null) return '';
  if (c instanceof Date) return isoOf(c);
  // A date cell Excel kept as its serial number (days since 30 Dec 1899).
  if (typeof c === 'number' && c > 0 && c < 2958466) return isoOf(new Date(Math.round((c - 25569) * 86400000)));
  const t = textOf(c, true);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) {
    const iso = `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
    return isCalendarDate(iso) ? iso : t;
  }
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (ymd) return `${ymd[1]}-${ymd[2]?.padStart(2, '0')}-${ymd[3]?.padStart(2, '0')}`;
  return t;
}

// ---- headers ---------------------------------------------------------------------------------------------

interface Table<F extends string> {
  grid: Grid;
  headerRow: number;
  headers: string[];
  /** Field -> column index (0-based). */
  columns: Partial<Record<F, number>>;
  lines: Line[];
}

function guessColumns<F extends string>(headers: string[], words: Record<F, string[]>, remembered: Partial<Record<F, string>>, chosen: Partial<Record<F, string>>, mappingPath: string): Partial<Record<F, number>> {
  const folded = headers.map(fold);
  const columns: Partial<Record<F, number>> = {};
  const taken = new Set<number>();
  const fields = Object.keys(words) as F[];
  for (const f of fields) {
    const want = chosen[f];
    if (want === undefined) continue;
    const at = folded.indexOf(fold(want));
    if (at < 0) throw validationError(`${mappingPath}.${f}`, bi(`The file has no column "${want}".`, `Fail ini tiada lajur "${want}".`));
    columns[f] = at;
    taken.add(at);
  }
  for (const f of fields) {
    const want = remembered[f];
    if (columns[f] !== undefined || want === undefined) continue;
    const at = folded.indexOf(fold(want));
    if (at >= 0 && !taken.has(at)) {
      columns[f] = at;
      taken.add(at);
    }
  }
  // The full header words first ("School name"), then the short ones ("Name"), so each column goes to one field.
  for (let pass = 0; pass < 6; pass++) {
    for (const f of fields) {
      if (columns[f] !== undefined) continue;
      const w = words[f][pass];
      if (w === undefined) continue;
      const at = folded.findIndex((h, i) => h !== '' && h === fold(w) && !taken.has(i));
      if (at >= 0) {
        columns[f] = at;
        taken.add(at);
      }
    }
  }
  return columns;
}

function findTable<F extends string>(grid: Grid, words: Record<F, string[]>, remembered: Partial<Record<F, string>>, chosen: Partial<Record<F, string>>, mappingPath: string, key: NoInfer<F>): Table<F> | null {
  // The headers the clerk chose last time count as known ones: the same file reads without choosing again.
  const known = new Set([...Object.values<string[]>(words).flat(), ...Object.values<string | undefined>(remembered).filter((x): x is string => x !== undefined)].map(fold));
  const wanted = Object.values<string | undefined>(chosen).filter((x): x is string => x !== undefined).map(fold);
  for (const line of grid.lines.slice(0, 20)) {
    const headers = line.cells.map((c) => textOf(c, true));
    const folded = headers.map(fold);
    const hits = folded.filter((h) => h !== '' && known.has(h)).length;
    const looksLike = wanted.length > 0 ? wanted.every((w) => folded.includes(w)) : hits >= 2;
    if (!looksLike) continue;
    const table = tableAt(grid, line, words, remembered, chosen, mappingPath, key, wanted.length > 0);
    if (table) return table;
  }
  // Columns the clerk named that no row holds: the first row is the header, and the mapping says which is missing.
  const first = grid.lines[0];
  return first && wanted.length > 0 ? tableAt(grid, first, words, remembered, chosen, mappingPath, key, true) : null;
}

function tableAt<F extends string>(grid: Grid, line: Line, words: Record<F, string[]>, remembered: Partial<Record<F, string>>, chosen: Partial<Record<F, string>>, mappingPath: string, key: NoInfer<F>, mapped: boolean): Table<F> | null {
  const headers = line.cells.map((c) => textOf(c, true));
  const columns = guessColumns(headers, words, remembered, chosen, mappingPath);
  if (columns[key] === undefined && !mapped) return null;
  return { grid, headerRow: line.row, headers, columns, lines: grid.lines.filter((l) => l.row > line.row) };
}

const noHeader = () =>
  fileError(
    'No header row was found: the first rows of the sheet should name the columns, such as "School name", "Abbreviation" and "Level".',
    'Tiada baris tajuk lajur ditemui: baris pertama helaian patut menamakan lajur, seperti "Nama sekolah", "Singkatan" dan "Peringkat".',
  );

function pickTables(grids: Grid[], remembered: ImportMapping, chosen: ImportMapping) {
  const named = (words: string[]) => grids.find((g) => words.map(fold).includes(fold(g.name)));
  const leaderSheet = named([en.exports.leaders, ms.exports.leaders]);
  const schoolSheet = named([en.exports.schools, ms.exports.schools]) ?? grids.find((g) => g !== leaderSheet);
  if (!schoolSheet) throw noHeader();
  const schools = findTable(schoolSheet, SCHOOL_HEADERS, remembered.schools, chosen.schools, 'mapping.schools', 'name');
  if (!schools) throw noHeader();
  if (schools.columns.abbreviation === undefined) {
    throw fileError('The file has no column of abbreviations ("Abbreviation" or "Singkatan"): schools are matched by it.', 'Fail ini tiada lajur singkatan ("Singkatan" atau "Abbreviation"): sekolah dipadankan dengannya.');
  }
  let leaders: Table<LeaderImportField> | null = null;
  for (const g of leaderSheet ? [leaderSheet] : grids.filter((x) => x !== schoolSheet)) {
    leaders = findTable(g, LEADER_HEADERS, remembered.leaders, chosen.leaders, 'mapping.leaders', 'role');
    if (leaders) break;
  }
  const rows = schools.lines.length + (leaders?.lines.length ?? 0);
  if (rows > IMPORT_MAX_ROWS) throw tooManyRows();
  return { schools, leaders };
}

// ---- the roster as it is ---------------------------------------------------------------------------------

interface Current {
  id: number;
  version: number;
  input: SchoolInput;
  leaders: (SchoolInput['leaders'][number] & { id: number })[];
}

async function currentRoster(db: Kysely<DB>): Promise<Current[]> {
  const schools = await db.selectFrom('schools').selectAll().orderBy('id').execute();
  const people = await db
    .selectFrom('people')
    .select(['id', 'school_id', 'leader_role', 'name', 'title', 'appointed_on'])
    .where('leader_role', 'is not', null)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return schools.map((s) => {
    const leaders = people
      .filter((p) => p.school_id === s.id)
      .map((p) => ({ id: p.id, role: p.leader_role as LeaderRole, name: p.name, title: p.title, appointedOn: p.appointed_on }));
    return {
      id: s.id,
      version: s.version,
      leaders: headFirst(leaders),
      input: { name: s.name, abbreviation: s.abbreviation, level: s.level as SchoolLevel, number: s.number, address: s.address, phone: s.phone, email: s.email, wseBand: s.wse_band, notes: s.notes, leaders: [] },
    };
  });
}

const headFirst = <T extends { role: LeaderRole }>(ls: T[]) => [...ls].sort((a, b) => (a.role === b.role ? 0 : a.role === 'head' ? -1 : 1));

// ---- preview ---------------------------------------------------------------------------------------------

type Planned = { kind: 'new'; input: SchoolInput } | { kind: 'update'; input: ParsedInput<'schools.update'> };

interface StoredPreview {
  createdAt: number;
  planned: Planned[];
  unchanged: number;
  errors: number;
  /** The version of each school a row matched, when the file was read: a commit after any of them moved is refused. */
  versions: Map<number, number>;
}

const previews = new WeakMap<object, Map<string, StoredPreview>>();
const storeOf = (owner: object) => {
  let m = previews.get(owner);
  if (!m) previews.set(owner, (m = new Map<string, StoredPreview>()));
  return m;
};

export async function previewImport(db: Kysely<DB>, owner: object, input: Extract<ParsedInput<'imports.preview'>, { kind: 'schools' }>, language: Language): Promise<ImportPreview> {
  const d = dictionaries[language];
  const bytes = Buffer.from(input.file, 'base64');
  const grids = await readGrids(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), input.fileName);
  const remembered = parseMapping(await readSetting(db, MAPPING_SETTING));
  const chosen: ImportMapping = { schools: input.mapping?.schools ?? {}, leaders: input.mapping?.leaders ?? {} };
  const { schools, leaders } = pickTables(grids, remembered, chosen);
  const roster = await currentRoster(db);
  const byKey = new Map(roster.map((c) => [abbreviationKey(c.input.abbreviation), c]));

  const rows: ImportRow[] = [];
  const planned: Planned[] = [];
  const col = <F extends string>(t: Table<F>, f: F, labels: Record<F, [string, string]>) => {
    const i = t.columns[f];
    return i !== undefined ? (t.headers[i] ?? '') : bi(labels[f][0], labels[f][1]);
  };
  const cell = <F extends string>(t: Table<F>, line: Line, f: F): Cell => {
    const i = t.columns[f];
    return i === undefined ? null : (line.cells[i] ?? null);
  };
  const has = <F extends string>(t: Table<F>, f: F) => t.columns[f] !== undefined;

  // Leaders by the school's abbreviation, in the file's order.
  type LeaderLine = { line: Line; value: { role: unknown; name: string; title: string; appointedOn: string }; row: ImportRow };
  const leadersOf = new Map<string, LeaderLine[]>();
  const leaderRows: ImportRow[] = [];
  if (leaders) {
    for (const line of leaders.lines) {
      const abbreviation = textOf(cell(leaders, line, 'abbreviation'), true);
      const roleText = textOf(cell(leaders, line, 'role'), true);
      const value = {
        role: ROLE_WORDS.get(fold(roleText)) ?? roleText,
        name: textOf(cell(leaders, line, 'name'), true),
        title: textOf(cell(leaders, line, 'title'), true),
        appointedOn: dateOf(cell(leaders, line, 'appointedOn')),
      };
      const row: ImportRow = { sheet: 'leaders', row: line.row, outcome: 'unchanged', abbreviation, name: value.name, changes: [], errors: [] };
      leaderRows.push(row);
      const key = abbreviationKey(abbreviation);
      if (key === '') row.errors.push({ column: col(leaders, 'abbreviation', LEADER_LABELS), message: bi('Abbreviation is required', 'Singkatan wajib diisi') });
      else leadersOf.set(key, [...(leadersOf.get(key) ?? []), { line, value, row }]);
    }
  }

  const seen = new Map<string, number>();
  const matched = new Map<number, number>();
  const schoolKeys = new Set<string>();
  for (const line of schools.lines) {
    const get = (f: SchoolImportField) => cell(schools, line, f);
    const abbreviation = textOf(get('abbreviation'), true);
    const name = textOf(get('name'), true);
    const row: ImportRow = { sheet: 'schools', row: line.row, outcome: 'new', abbreviation, name, changes: [], errors: [] };
    rows.push(row);
    const key = abbreviationKey(abbreviation);
    const earlier = key === '' ? undefined : seen.get(key);
    if (earlier !== undefined) {
      row.errors.push({ column: col(schools, 'abbreviation', SCHOOL_LABELS), message: bi(`The abbreviation "${tidyAbbreviation(abbreviation)}" is already on row ${earlier}.`, `Singkatan "${tidyAbbreviation(abbreviation)}" sudah ada pada baris ${earlier}.`) });
      row.outcome = 'error';
      continue;
    }
    if (key !== '') {
      seen.set(key, line.row);
      schoolKeys.add(key);
    }
    const current = key === '' ? undefined : byKey.get(key);
    if (current) matched.set(current.id, current.version);
    const levelText = textOf(get('level'), true);
    const fromFile: Partial<Record<SchoolImportField, unknown>> = {
      number: numberOf(get('number')),
      name,
      abbreviation,
      level: LEVEL_WORDS.get(fold(levelText)) ?? levelText,
      wseBand: numberOf(get('wseBand')),
      phone: textOf(get('phone'), true),
      email: textOf(get('email'), true),
      address: textOf(get('address'), false),
      notes: textOf(get('notes'), false),
    };
    const candidate: Record<string, unknown> = current ? { ...current.input } : {};
    for (const f of SCHOOL_IMPORT_FIELDS) if (has(schools, f)) candidate[f] = fromFile[f];
    if (current && candidate.number === null) candidate.number = current.input.number;
    // Matched by abbreviation: "sr  men" in the file is the school kept as "SR MEN", and stays so.
    if (current) candidate.abbreviation = current.input.abbreviation;
    const fileLeaders = leadersOf.get(key) ?? [];
    if (leaders) {
      // Each leader keeps its record (and what hangs on it: mentoring, visits) when the file names them again.
      const pool = [...(current?.leaders ?? [])];
      candidate.leaders = fileLeaders.map(({ value }) => {
        const at = pool.findIndex((p) => p.role === value.role && fold(p.name) === fold(value.name));
        const same = at >= 0 ? pool.splice(at, 1)[0] : undefined;
        return same ? { ...value, id: same.id } : value;
      });
    } else {
      candidate.leaders = current?.leaders ?? [];
    }

    const parsed = current ? api['schools.update'].input.safeParse({ ...candidate, id: current.id, version: current.version }) : api['schools.create'].input.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(issue, row, fileLeaders, (f) => col(schools, f as SchoolImportField, SCHOOL_LABELS), (f) => (leaders ? col(leaders, f as LeaderImportField, LEADER_LABELS) : f));
    }
    if (row.errors.length > 0 || !parsed.success) {
      row.outcome = 'error';
      continue;
    }
    if (!current) {
      planned.push({ kind: 'new', input: parsed.data });
      continue;
    }
    const next = parsed.data as ParsedInput<'schools.update'>;
    row.changes = changesOf(current, next, d);
    if (row.changes.length === 0) row.outcome = 'unchanged';
    else {
      row.outcome = 'update';
      planned.push({ kind: 'update', input: next });
    }
  }

  for (const [key, list] of leadersOf) {
    if (schoolKeys.has(key)) continue;
    for (const { row } of list) {
      const column = leaders ? col(leaders, 'abbreviation', LEADER_LABELS) : '';
      row.errors.push({ column, message: bi(`No school with the abbreviation "${row.abbreviation}" is in the sheet of schools.`, `Tiada sekolah dengan singkatan "${row.abbreviation}" dalam helaian sekolah.`) });
    }
  }
  for (const r of leaderRows) r.outcome = r.errors.length > 0 ? 'error' : 'unchanged';
  // Leader lines are shown only where they are wrong; a good one shows in its school's changes.
  rows.push(...leaderRows.filter((r) => r.outcome === 'error'));
  rows.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet === 'schools' ? -1 : 1));

  const counts: Record<ImportOutcome, number> = { new: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.outcome]++;
  const localized = rows.map((r) => ({ ...r, errors: r.errors.map((e): ImportRowError => ({ column: localize(e.column, language), message: localize(e.message, language) })) }));

  const previewId = randomUUID();
  const store = storeOf(owner);
  const now = Date.now();
  for (const [k, p] of store) if (now - p.createdAt > PREVIEW_LIFETIME_MS) store.delete(k);
  store.set(previewId, { createdAt: now, planned, unchanged: counts.unchanged, errors: counts.error, versions: matched });

  const usedHeaders = <F extends string>(t: Table<F> | null, fields: readonly F[]) =>
    Object.fromEntries(fields.map((f) => [f, t && t.columns[f] !== undefined ? (t.headers[t.columns[f]] ?? null) : null])) as Record<F, string | null>;
  const used = { schools: usedHeaders(schools, SCHOOL_IMPORT_FIELDS), leaders: usedHeaders(leaders, LEADER_IMPORT_FIELDS) };
  await writeSetting(db, MAPPING_SETTING, JSON.stringify(used));

  return {
    previewId,
    fileName: input.fileName,
    headers: { schools: schools.headers.filter((h) => h !== ''), leaders: leaders?.headers.filter((h) => h !== '') ?? [] },
    mapping: used,
    rows: localized,
    counts,
    canCommit: counts.error === 0 && rows.length > 0,
    expiresAt: new Date(now + PREVIEW_LIFETIME_MS).toISOString(),
  };
}

function reportIssue(
  issue: z.core.$ZodIssue,
  row: ImportRow,
  fileLeaders: { row: ImportRow }[],
  schoolColumn: (field: string) => string,
  leaderColumn: (field: string) => string,
) {
  const [first, index, field] = issue.path.map(String);
  if (first === 'leaders' && index !== undefined && field !== undefined) {
    const target = fileLeaders[Number(index)]?.row ?? row;
    const column = leaderColumn(field);
    if (!target.errors.some((e) => e.column === column)) target.errors.push({ column, message: issue.message });
    if (target !== row && !row.errors.some((e) => e.column === '')) {
      // The school cannot be saved while one of its leaders is wrong: say where.
      row.errors.push({ column: '', message: bi(`A leader of this school on row ${target.row} of the leaders sheet is not valid.`, `Seorang pemimpin sekolah ini pada baris ${target.row} helaian pemimpin tidak sah.`) });
    }
    return;
  }
  const column = first === 'leaders' ? leaderColumn('role') : schoolColumn(first ?? '');
  if (!row.errors.some((e) => e.column === column)) row.errors.push({ column, message: issue.message });
}

function changesOf(current: Current, next: ParsedInput<'schools.update'>, d: (typeof dictionaries)['en']): ImportChange[] {
  const out: ImportChange[] = [];
  const shown = (f: SchoolImportField, v: string | number | null | undefined): string => (v === null || v === undefined ? '' : f === 'level' ? (d.level[v as SchoolLevel] ?? String(v)) : String(v));
  const nextValues: Record<SchoolImportField, string | number | null> = { ...next, abbreviation: tidyAbbreviation(next.abbreviation), number: next.number ?? current.input.number };
  for (const f of SCHOOL_IMPORT_FIELDS) {
    const [a, b] = [current.input[f], nextValues[f]];
    if ((a ?? null) !== (b ?? null)) out.push({ field: f, old: shown(f, a), new: shown(f, b) });
  }
  const line = (l: { role: LeaderRole; name: string; title: string; appointedOn: string | null }) =>
    `${d.leaderRole[l.role]}: ${l.name}${l.title ? `, ${l.title}` : ''}${l.appointedOn ? ` (${formatDate(l.appointedOn)})` : ''}`;
  const [was, will] = [current.leaders.map(line).join('; '), headFirst(next.leaders).map(line).join('; ')];
  if (was !== will) out.push({ field: 'leaders', old: was, new: will });
  return out;
}

function parseMapping(json: string | undefined): ImportMapping {
  const out: ImportMapping = { schools: {}, leaders: {} };
  if (!json) return out;
  try {
    const v = JSON.parse(json) as { schools?: Record<string, unknown>; leaders?: Record<string, unknown> };
    for (const f of SCHOOL_IMPORT_FIELDS) if (typeof v.schools?.[f] === 'string') out.schools[f] = v.schools[f];
    for (const f of LEADER_IMPORT_FIELDS) if (typeof v.leaders?.[f] === 'string') out.leaders[f] = v.leaders[f];
  } catch {
    // A setting from an older version: guess afresh.
  }
  return out;
}

// ---- commit ----------------------------------------------------------------------------------------------

export async function commitImport(db: Kysely<DB>, owner: object, previewId: string): Promise<{ created: number; updated: number; unchanged: number }> {
  const store = storeOf(owner);
  const p = store.get(previewId);
  if (!p || Date.now() - p.createdAt > PREVIEW_LIFETIME_MS) {
    store.delete(previewId);
    throw new AppError('NOT_FOUND', bi('This preview has expired or is no longer known: read the file again. Nothing was imported.', 'Pratonton ini telah tamat tempoh atau tidak lagi dikenali: baca fail itu semula. Tiada apa diimport.'), 'previewId');
  }
  if (p.errors > 0) {
    throw new AppError('VALIDATION', bi(`${p.errors} rows of the file have errors: correct them and read the file again. Nothing was imported.`, `${p.errors} baris dalam fail mempunyai ralat: betulkan dan baca fail itu semula. Tiada apa diimport.`), 'previewId');
  }
  const stale = () =>
    new AppError('CONFLICT', bi('The roster was changed since this file was read: read the file again to see what it would change now. Nothing was imported.', 'Senarai sekolah telah diubah sejak fail ini dibaca: baca fail itu semula untuk melihat perubahannya sekarang. Tiada apa diimport.'), 'previewId');
  const result = await db.transaction().execute(async (trx) => {
    // Stale when a school the file names was changed, or a school it would add has since been made by hand.
    const now = await trx.selectFrom('schools').select(['id', 'version', 'abbreviation']).execute();
    const versions = new Map(now.map((s) => [s.id, s.version]));
    if ([...p.versions].some(([id, v]) => versions.get(id) !== v)) throw stale();
    const taken = new Set(now.filter((s) => !p.versions.has(s.id)).map((s) => abbreviationKey(s.abbreviation)));
    if (p.planned.some((x) => x.kind === 'new' && taken.has(abbreviationKey(x.input.abbreviation)))) throw stale();
    let created = 0;
    let updated = 0;
    for (const item of p.planned) {
      if (item.kind === 'new') {
        await insertSchool(trx, item.input, 'import');
        created++;
      } else {
        await changeSchool(trx, item.input, 'import');
        updated++;
      }
    }
    return { created, updated, unchanged: p.unchanged };
  });
  store.delete(previewId);
  return result;
}
