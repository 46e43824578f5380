/**
 * `search.query`: schools, people, initiatives and phases, events, visits and issued documents matching a
 * text, in the UI's language. The small tables are read once and matched here with the app's folding; events
 * are found through their full-text index (migration 0010) and visits by their school and date (visits_school_date),
 * so ten years of them are never read whole.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { formatDate, type Language } from '../../../shared/dates';
import { SCHOOL_LEVELS, type SchoolLevel } from '../../../shared/domain';
import { foldForSearch } from '../../../shared/text';
import { dictionaries, fill } from '../../../shared/i18n/index';
import type { SearchAnswer, SearchResult } from '../../../shared/search/types';
import { getLanguage } from '../cluster/settings';
import { datePhrase, fullTextQuery, matchesWords, parseSearchText, type SearchText } from './query-text';

/** The most schools whose visits are looked up for one text. */
const MAX_VISIT_SCHOOLS = 12;

type Dict = (typeof dictionaries)['ms'];

interface SchoolRow {
  id: number;
  name: string;
  abbreviation: string;
  level: string;
  archived_at: string | null;
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');
const month = (ym: string) => (/^(\d{4})-(\d{2})$/.test(ym) ? `${ym.slice(5)}/${ym.slice(0, 4)}` : ym);
const levelName = (d: Dict, level: string) => (SCHOOL_LEVELS.includes(level as SchoolLevel) ? d.level[level as SchoolLevel] : level);

export async function searchQuery(db: Kysely<DB>, input: { text: string; limit: number }): Promise<SearchAnswer> {
  const q = parseSearchText(input.text);
  if (q.words.length === 0 && !q.dates) return { text: input.text, results: [] };
  const language = await getLanguage(db);
  const d = dictionaries[language];
  const schools = await db.selectFrom('schools').select(['id', 'name', 'abbreviation', 'level', 'archived_at']).orderBy('number').orderBy('id').execute();
  const matchedSchools = schools.filter((s) => matchesWords(q.words, s.name, s.abbreviation));
  const results: SearchResult[] = [
    ...(q.dates ? [] : schoolResults(matchedSchools, q.words, d, input.limit)),
    ...(q.dates ? [] : await people(db, q, schools, d, language, input.limit)),
    ...(await plan(db, q, d, language, input.limit)),
    ...(await events(db, q, d, input.limit)),
    ...(await visits(db, q, matchedSchools, schools, d, language, input.limit)),
    ...(await documents(db, q, d, input.limit)),
  ];
  return { text: input.text, results };
}

/** How closely a school answers the words: its abbreviation itself, then the start of it, then the rest (0 is best). */
function schoolRank(s: SchoolRow, words: readonly string[]): number {
  const abbreviation = foldForSearch(s.abbreviation);
  const typed = words.join(' ');
  return (s.archived_at ? 3 : 0) + (abbreviation === typed ? 0 : abbreviation.startsWith(typed) ? 1 : 2);
}

function schoolResults(matched: SchoolRow[], words: readonly string[], d: Dict, limit: number): SearchResult[] {
  // The abbreviation typed in full first, then those it begins; active schools before archived ones; else in roster order.
  const ordered = matched.map((s, i) => ({ s, i, rank: schoolRank(s, words) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.s);
  return ordered.slice(0, limit).map((s) => ({
    kind: 'school',
    id: s.id,
    title: s.name,
    subtitle: join(s.abbreviation, levelName(d, s.level), s.archived_at ? d.search.archived : ''),
    route: { page: 'school', schoolId: s.id },
  }));
}

/** School leaders (opening their school's page) and the cluster team (Settings › Team). */
async function people(db: Kysely<DB>, q: SearchText, schools: SchoolRow[], d: Dict, language: Language, limit: number): Promise<SearchResult[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'title', 'school_id', 'leader_role', 'team_role', 'team_role_label', 'team_role_label_en'])
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('leader_role', 'is not', null), eb('team_role', 'is not', null)]))
    .orderBy('position')
    .orderBy('id')
    .execute();
  const schoolOf = new Map(schools.map((s) => [s.id, s]));
  const out: SearchResult[] = [];
  for (const p of rows) {
    if (out.length >= limit) break;
    if (!matchesWords(q.words, p.name)) continue;
    const school = p.school_id === null ? undefined : schoolOf.get(p.school_id);
    if (p.team_role) {
      const label = p.team_role === 'other' ? (language === 'en' && p.team_role_label_en) || p.team_role_label || d.teamRole.other : d.teamRole[p.team_role as keyof Dict['teamRole']];
      out.push({ kind: 'person', id: p.id, title: p.name, subtitle: join(label, d.search.team), route: { page: 'settings', tab: 'team' } });
    } else if (school) {
      const role = p.title || d.leaderRole[p.leader_role as keyof Dict['leaderRole']] || '';
      out.push({ kind: 'person', id: p.id, title: p.name, subtitle: join(role, school.abbreviation || school.name), route: { page: 'school', schoolId: school.id } });
    }
  }
  return out;
}

/** Initiatives (code and name in both languages) and the phases of their lanes; both open the plan of their year. */
async function plan(db: Kysely<DB>, q: SearchText, d: Dict, language: Language, limit: number): Promise<SearchResult[]> {
  if (q.words.length === 0) return [];
  const years = q.dates ? [Number(q.dates.from.slice(0, 4)), Number(q.dates.to.slice(0, 4))] : null;
  let initiativesQuery = db
    .selectFrom('initiatives')
    .select(['id', 'year', 'code', 'name', 'name_en'])
    .where('deleted_at', 'is', null)
    .orderBy('year', 'desc')
    .orderBy('position');
  if (years) initiativesQuery = initiativesQuery.where('year', '>=', years[0] as number).where('year', '<=', years[1] as number);
  const initiatives = await initiativesQuery.execute();
  const nameOf = (i: { name: string; name_en: string }) => (language === 'en' && i.name_en) || i.name;
  const out: SearchResult[] = initiatives
    .filter((i) => matchesWords(q.words, i.code, i.name, i.name_en))
    .slice(0, limit)
    .map((i) => ({
      kind: 'initiative',
      id: i.id,
      title: nameOf(i) && nameOf(i) !== i.code ? `${i.code} — ${nameOf(i)}` : i.code,
      subtitle: fill(d.search.initiativeOf, { year: i.year }),
      route: { page: 'plan', year: i.year },
    }));

  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const phases = initiatives.length === 0
    ? []
    : await db
        .selectFrom('phases as p')
        .innerJoin('lanes as l', 'l.id', 'p.lane_id')
        .select(['p.id', 'p.name', 'p.name_en', 'p.start_month', 'p.end_month', 'l.initiative_id'])
        .where('p.deleted_at', 'is', null)
        .where('l.deleted_at', 'is', null)
        .where('l.initiative_id', 'in', initiatives.map((i) => i.id))
        .orderBy('p.start_month')
        .execute();
  const phaseResults: SearchResult[] = [];
  for (const p of phases) {
    if (phaseResults.length >= limit) break;
    if (!matchesWords(q.words, p.name, p.name_en)) continue;
    const i = byId.get(p.initiative_id);
    if (!i) continue;
    const months = p.start_month === p.end_month ? month(p.start_month) : `${month(p.start_month)}–${month(p.end_month)}`;
    phaseResults.push({
      kind: 'phase',
      id: p.id,
      title: (language === 'en' && p.name_en) || p.name,
      subtitle: join(fill(d.search.phaseOf, { code: i.code, year: i.year }), months),
      route: { page: 'plan', year: i.year },
    });
  }
  return [...out, ...phaseResults];
}

interface EventRow {
  id: number;
  title: string;
  start_date: string;
  end_date: string;
  place: string;
  rrule: string | null;
  repeat_until: string | null;
}

/**
 * Events whose title or place has every word (as a word prefix), the latest made first. A typed date keeps the
 * events starting or ending on its days (in the index too), and the series that started before and repeat
 * into them. A date alone lists the events starting on its days.
 */
async function events(db: Kysely<DB>, q: SearchText, d: Dict, limit: number): Promise<SearchResult[]> {
  const words = fullTextQuery(q.words);
  const columns = ['id', 'title', 'start_date', 'end_date', 'place', 'rrule', 'repeat_until'] as const;
  const rows: EventRow[] = [];
  if (q.dates) {
    // Series repeating into the days from before them: few (events_series_by_until), matched here.
    const series = await db
      .selectFrom('events')
      .select(columns)
      .where('rrule', 'is not', null)
      .where('repeat_until', '>=', q.dates.from)
      // Not by events_dates: the start only narrows what the series index found.
      .where(sql<string>`+start_date`, '<', q.dates.from)
      .orderBy('start_date', 'desc')
      .execute();
    rows.push(...series.filter((e) => q.words.length === 0 || matchesWords(q.words, e.title, e.place)).slice(0, limit));
  }
  if (words) {
    const match = q.dates ? `{title place} : (${words}) AND dates : "${datePhrase(q.dates)}"` : `{title place} : (${words})`;
    const found = await sql<EventRow>`
      SELECT e.id, e.title, e.start_date, e.end_date, e.place, e.rrule, e.repeat_until
      FROM events_search s JOIN events e ON e.id = s.rowid
      WHERE events_search MATCH ${match}
      ORDER BY s.rowid DESC
      LIMIT ${limit}`.execute(db);
    rows.push(...found.rows);
  } else if (q.dates && q.words.length === 0) {
    rows.push(...(await db.selectFrom('events').select(columns).where('start_date', '>=', q.dates.from).where('start_date', '<=', q.dates.to).orderBy('start_date').orderBy('id').limit(limit).execute()));
  }
  return rows.slice(0, limit).map((e) => {
    const days = e.end_date !== e.start_date ? `${formatDate(e.start_date)}–${formatDate(e.end_date)}` : formatDate(e.start_date);
    const when = e.rrule ? fill(d.search.repeats, { from: formatDate(e.start_date), until: formatDate(e.repeat_until) }) : days;
    return { kind: 'event', id: e.id, title: e.title, subtitle: join(when, e.place), route: { page: 'calendar', date: e.start_date } };
  });
}

/** Visits to the schools the words name, latest first, on the typed date's days; a date alone lists every school's visits then. */
async function visits(db: Kysely<DB>, q: SearchText, matched: SchoolRow[], schools: SchoolRow[], d: Dict, language: Language, limit: number): Promise<SearchResult[]> {
  const base = () => {
    let b = db
      .selectFrom('visits as v')
      .innerJoin('visit_purposes as p', 'p.id', 'v.purpose_id')
      .select(['v.id', 'v.school_id', 'v.date', 'v.status', 'p.name_ms', 'p.name_en']);
    if (q.dates) b = b.where('v.date', '>=', q.dates.from).where('v.date', '<=', q.dates.to);
    return b.orderBy('v.date', 'desc').orderBy('v.id', 'desc').limit(limit);
  };
  type VisitRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
  let rows: VisitRow[] = [];
  if (q.words.length > 0) {
    // One look-up per school along visits_school_date, each stopping at the limit, instead of sorting every visit of many schools.
    for (const s of matched.slice(0, MAX_VISIT_SCHOOLS)) rows.push(...(await base().where('v.school_id', '=', s.id).execute()));
    rows = rows.sort((a, b) => (a.date === b.date ? b.id - a.id : a.date < b.date ? 1 : -1)).slice(0, limit);
  } else if (q.dates) {
    rows = await base().execute();
  }
  const schoolOf = new Map(schools.map((s) => [s.id, s]));
  return rows.map((v) => {
    const school = schoolOf.get(v.school_id);
    const status = v.status === 'done' ? '' : (d.visits.statusName[v.status as keyof Dict['visits']['statusName']] ?? v.status);
    return {
      kind: 'visit',
      id: v.id,
      title: fill(d.search.visitTo, { school: school?.name ?? '' }),
      subtitle: join(formatDate(v.date), (language === 'en' && v.name_en) || v.name_ms, status),
      route: { page: 'visits', tab: 'visits', date: v.date },
    };
  });
}

/** Issued documents by reference number, title or recipient, the latest first; a typed date keeps those issued then. */
async function documents(db: Kysely<DB>, q: SearchText, d: Dict, limit: number): Promise<SearchResult[]> {
  let query = db.selectFrom('document_register').select(['id', 'reference_no', 'revision', 'title', 'recipient', 'issued_on']).orderBy('issued_at', 'desc').orderBy('id', 'desc');
  if (q.dates) query = query.where('issued_on', '>=', q.dates.from).where('issued_on', '<=', q.dates.to);
  if (q.words.length === 0) query = query.limit(limit);
  const out: SearchResult[] = [];
  for (const r of await query.execute()) {
    if (out.length >= limit) break;
    if (q.words.length > 0 && !matchesWords(q.words, r.reference_no, r.title, r.recipient)) continue;
    out.push({
      kind: 'document',
      id: r.id,
      title: `${r.reference_no} — ${r.title}`,
      subtitle: join(formatDate(r.issued_on), r.recipient, r.revision > 1 ? fill(d.search.revision, { n: r.revision }) : ''),
      route: { page: 'settings', tab: 'register' },
    });
  }
  return out;
}
