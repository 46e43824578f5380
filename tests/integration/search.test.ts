/**
 * Search everywhere (`search.query`) on the Kluster 2 demo in a temp folder: schools by name or abbreviation,
 * leaders and the team by part of a name, initiatives and phases, events (through their full-text index, kept
 * in step as events change), visits by school and date, and issued documents; case and accents folded, in the
 * UI's language.
 */
import { describe, expect, it } from 'vitest';
import type { Register } from '../../shared/documents/register';
import type { School, SchoolSummary } from '../../shared/domain';
import type { SearchAnswer, SearchResult } from '../../shared/search/types';
import type { CalendarEvent } from '../../shared/plan/types';
import type { ListEntry, Visit } from '../../shared/visits/types';
import { migrations } from '../../db/migrations/index';
import { AppContext } from '../../electron/app-context';
import { openApp, tempDir } from '../helpers/tmp';

async function demo(language: 'ms' | 'en' = 'en') {
  const app = await openApp(undefined, { language });
  await app.call('demo.load');
  const schools = (await app.call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const search = async (text: string, limit?: number) => (await app.call<SearchAnswer>('search.query', limit === undefined ? { text } : { text, limit })).results;
  const byKind = (results: SearchResult[], kind: SearchResult['kind']) => results.filter((r) => r.kind === kind);
  return { ...app, schools, search, byKind };
}

describe('search everywhere', () => {
  it('finds "mentiri" in schools and events, whatever its case and accents, schools first', async () => {
    const { call, schools, search, byKind } = await demo();
    const event = await call<CalendarEvent>('events.create', { title: 'Bengkel PLC Mentíri', startDate: '2023-05-10', endDate: '2023-05-10', place: 'Dewan SM' });
    await call('events.create', { title: 'Mesyuarat agung', startDate: '2023-05-11', endDate: '2023-05-11', place: 'SR Mentiri' });

    const results = await search('MENTIRI');
    const mentiri = schools.filter((s) => /mentiri/i.test(s.name)).map((s) => s.id);
    expect(mentiri.length).toBe(3);
    expect(byKind(results, 'school').map((r) => r.id).sort()).toEqual([...mentiri].sort());
    expect(byKind(results, 'school').every((r) => r.route.page === 'school' && mentiri.includes(r.route.schoolId as number))).toBe(true);
    expect(byKind(results, 'event').map((r) => r.title)).toEqual(['Mesyuarat agung', 'Bengkel PLC Mentíri']);
    expect(byKind(results, 'event')[1]).toMatchObject({ id: event.id, subtitle: '10/05/2023 · Dewan SM', route: { page: 'calendar', date: '2023-05-10' } });
    expect(results[0]?.kind).toBe('school');
    expect(results.findIndex((r) => r.kind === 'event')).toBeGreaterThan(results.findLastIndex((r) => r.kind === 'school'));
    // A prefix of a word finds the event; an accent typed finds the plain word too.
    expect(byKind(await search('menti'), 'event')).toHaveLength(2);
    expect(byKind(await search('Méntiri bengkel'), 'event').map((r) => r.id)).toEqual([event.id]);
  });

  it('finds a school by its abbreviation, with its level in the UI language', async () => {
    const en = await demo('en');
    const school = en.schools.find((s) => s.level === 'primary') as SchoolSummary;
    const [hit] = en.byKind(await en.search(school.abbreviation.toLowerCase()), 'school');
    expect(hit).toMatchObject({ id: school.id, title: school.name, subtitle: `${school.abbreviation} · Primary School` });
    await en.call('settings.setLanguage', { language: 'ms' });
    const [again] = en.byKind(await en.search(school.abbreviation), 'school');
    expect(again?.subtitle).toBe(`${school.abbreviation} · Sekolah Rendah`);
  });

  it('finds "epic" among the initiatives, its phases by name, and its weekly sessions', async () => {
    const { search, byKind, ctx } = await demo();
    const results = await search('epic');
    const [initiative] = byKind(results, 'initiative');
    expect(initiative?.title).toMatch(/^EPIC/);
    expect(initiative?.route).toEqual({ page: 'plan', year: 2023 });
    expect(byKind(results, 'event')[0]).toMatchObject({ title: 'EPIC', subtitle: 'repeats 01/02/2023–30/09/2023', route: { page: 'calendar' } });
    // A year typed keeps the plan of that year only.
    expect(byKind(await search('epic 2023'), 'initiative')).toHaveLength(1);
    expect(byKind(await search('epic 2024'), 'initiative')).toHaveLength(0);

    const phase = await ctx.db().selectFrom('phases').select(['id', 'name']).where('deleted_at', 'is', null).orderBy('id').executeTakeFirstOrThrow();
    expect(byKind(await search(phase.name), 'phase').map((r) => r.id)).toContain(phase.id);
  });

  it('finds a leader by part of the name, opening their school, and a team member, opening the team', async () => {
    const { call, schools, search, byKind } = await demo();
    const school = schools.find((s) => s.name === 'Sekolah Rendah Mentiri') as SchoolSummary;
    const full = await call<School>('schools.get', { id: school.id });
    await call('schools.update', { ...full, leaders: [...full.leaders.map((l) => ({ id: l.id, role: l.role, name: l.name, title: l.title, appointedOn: l.appointedOn ?? '' })), { role: 'deputy', name: 'Dayang Nur Ásyikin binti Haji Osman', title: 'Penolong Guru Besar', appointedOn: '' }] });
    const people = byKind(await search('asyikin OSMAN'), 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ title: 'Dayang Nur Ásyikin binti Haji Osman', subtitle: `Penolong Guru Besar · ${school.abbreviation}`, route: { page: 'school', schoolId: school.id } });

    const head = full.leaders.find((l) => l.role === 'head');
    const part = (head?.name ?? '').split(' ')[0]?.slice(1, 5) as string;
    expect(byKind(await search(part, 20), 'person').map((r) => r.title)).toContain(head?.name);

    const team = await call<{ name: string }[]>('team.list');
    const member = team[0]?.name as string;
    const [hit] = byKind(await search(member.split(' ').slice(-1)[0] as string, 20), 'person').filter((r) => r.title === member);
    expect(hit?.route).toEqual({ page: 'settings', tab: 'team' });
  });

  it('finds visits by school and date, the latest first', async () => {
    const { call, schools, search, byKind } = await demo();
    const school = schools.find((s) => s.name === 'Sekolah Rendah Mentiri') as SchoolSummary;
    const other = schools.find((s) => !/mentiri/i.test(s.name)) as SchoolSummary;
    const team = await call<{ id: number }[]>('team.list');
    const [purpose] = await call<ListEntry[]>('visits.purposes');
    const visit = (schoolId: number, date: string) => call<Visit>('visits.create', { schoolId, date, purposeId: purpose?.id, status: 'done', officerIds: [team[0]?.id] });
    // 2021: a year the demo (which visits in 2023) leaves alone.
    const march = await visit(school.id, '2021-03-15');
    const may = await visit(school.id, '2021-05-02');
    await visit(other.id, '2021-03-15');

    expect(byKind(await search(`${school.abbreviation} 2021`), 'visit').map((r) => r.id)).toEqual([may.id, march.id]);
    const onDay = byKind(await search(`${school.abbreviation} 15/03/2021`), 'visit');
    expect(onDay).toEqual([{ kind: 'visit', id: march.id, title: `Visit to ${school.name}`, subtitle: `15/03/2021 · ${purpose?.nameEn}`, route: { page: 'visits', tab: 'visits', date: '2021-03-15' } }]);
    expect(byKind(await search('mentiri 03/2021'), 'visit').map((r) => r.id)).toEqual([march.id]);
    // A date alone: that day's visits at every school.
    expect(byKind(await search('2021-03-15'), 'visit')).toHaveLength(2);
    // Without a date, the latest visits come first: the demo's of 2023 before these.
    const latest = byKind(await search(school.abbreviation), 'visit');
    expect(latest.map((r) => r.subtitle.slice(6, 10))).toEqual([...latest.map((r) => r.subtitle.slice(6, 10))].sort().reverse());
  });

  it('keeps the event index in step when an event is renamed or deleted', async () => {
    const { call, search, byKind } = await demo();
    const e = await call<CalendarEvent>('events.create', { title: 'Taklimat peperiksaan', startDate: '2023-06-01', endDate: '2023-06-01' });
    expect(byKind(await search('taklimat'), 'event').map((r) => r.id)).toEqual([e.id]);
    await call('events.update', { ...e, title: 'Bengkel pentaksiran', id: e.id, version: e.version });
    expect(byKind(await search('taklimat'), 'event')).toEqual([]);
    expect(byKind(await search('pentaksiran'), 'event').map((r) => r.id)).toEqual([e.id]);
    await call('events.delete', { id: e.id });
    expect(byKind(await search('pentaksiran'), 'event')).toEqual([]);
  });

  it('narrows events to a typed day, month or year, series that repeat into it included, and follows a moved event', async () => {
    const { call, search, byKind } = await demo();
    const e = await call<CalendarEvent>('events.create', { title: 'Bengkel pentaksiran', startDate: '2023-05-10', endDate: '2023-05-11' });
    const ids = async (text: string) => byKind(await search(text), 'event').map((r) => r.id);
    expect(await ids('bengkel 10/05/2023')).toEqual([e.id]);
    expect(await ids('bengkel 11/05/2023')).toEqual([e.id]);
    expect(await ids('bengkel 12/05/2023')).toEqual([]);
    expect(await ids('bengkel 05/2023')).toEqual([e.id]);
    expect(await ids('bengkel 2024')).toEqual([]);
    await call('events.update', { ...e, startDate: '2024-01-15', endDate: '2024-01-15', id: e.id, version: e.version });
    expect(await ids('bengkel 2024')).toEqual([e.id]);
    expect(await ids('bengkel 2023')).toEqual([]);
    // EPIC's Wednesday sessions run from February to September 2023: found in May, not in October.
    expect(byKind(await search('epic 05/2023'), 'event').map((r) => r.title)).toEqual(['EPIC']);
    expect(byKind(await search('epic 10/2023'), 'event')).toEqual([]);
  });

  it('finds an issued document by its reference number or title, opening the register', async () => {
    const { call, search, byKind } = await demo();
    await call('documents.issue', { request: { kind: 'school-roster', language: 'ms' } });
    const [entry] = (await call<Register>('documents.register', {})).items;
    const ref = entry?.referenceNo as string;
    const [hit] = byKind(await search(ref.toLowerCase()), 'document');
    expect(hit).toMatchObject({ title: `${ref} — ${entry?.title}`, route: { page: 'settings', tab: 'register' } });
    expect(byKind(await search(`${entry?.title.split(' ')[0]} ${ref.slice(-3)}`), 'document').map((r) => r.id)).toEqual([hit?.id]);
    expect(byKind(await search('zzqx'), 'document')).toEqual([]);
  });

  it('puts the school whose abbreviation is typed in full first, then those it begins', async () => {
    const { search, byKind } = await demo();
    // "sr s" is in many schools' name and abbreviation, SR HMS first in the roster; SR S is the one typed.
    const abbreviations = byKind(await search('sr s', 20), 'school').map((r) => r.subtitle.split(' · ')[0] as string);
    expect(abbreviations[0]).toBe('SR S');
    expect(abbreviations).toContain('SR HMS');
    const begun = abbreviations.filter((a) => a.startsWith('SR S'));
    expect(begun.length).toBeGreaterThan(1);
    expect(abbreviations.slice(0, begun.length)).toEqual(begun);
  });

  it('caps each kind at the limit and answers nothing for an empty text', async () => {
    const { search, byKind } = await demo();
    expect(byKind(await search('sekolah', 2), 'school')).toHaveLength(2);
    expect(byKind(await search('sekolah', 20), 'school').length).toBeGreaterThan(2);
    expect(await search('   ')).toEqual([]);
    expect(await search('zzqxnothing')).toEqual([]);
  });

  it('indexes the events a file already holds when it is brought up to date', async () => {
    const dir = tempDir();
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0010'));
    const old = new AppContext(dir, { appVersion: 'test', migrations: before });
    await old.open();
    await old.db().insertInto('events').values({ title: 'Hari Guru Mentíri', start_date: '2022-05-16', end_date: '2022-05-16' }).execute();
    await old.close();
    const { call } = await openApp(dir);
    const { results } = await call<SearchAnswer>('search.query', { text: 'mentiri guru 2022' });
    expect(results.map((r) => [r.kind, r.title])).toEqual([['event', 'Hari Guru Mentíri']]);
  });
});
