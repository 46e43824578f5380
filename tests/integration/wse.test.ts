/**
 * The WSE track on real SQLite: the framework and its code rules, band history kept as the roster's band,
 * ratings saved as one grid, aspect tags on visits, observations and next steps, criterion mappings, and
 * archiving an aspect that is in use.
 */
import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/dates';
import type { School, SchoolSummary, TeamMember } from '../../shared/domain';
import type { ListEntry, Visit } from '../../shared/visits/types';
import type { CriterionAspect, WseAspect, WseBand, WseDomain, WseRatings } from '../../shared/wse/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

async function setup() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  await call('schools.create', { name: 'School SR A', abbreviation: 'SR A', level: 'primary', number: 1 });
  await call('schools.create', { name: 'School SR B', abbreviation: 'SR B', level: 'primary', number: 2 });
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', {})).items;
  const framework = await call<WseDomain[]>('wse.aspects');
  const aspect = (code: string) => framework.flatMap((d) => d.aspects).find((a) => a.code === code) as WseAspect;
  const roster = async (id: number) => (await call<School>('schools.get', { id })).wseBand;
  return { ...app, schools, framework, aspect, roster, a: schools[0] as SchoolSummary, b: schools[1] as SchoolSummary };
}

describe('the WSE framework', () => {
  it('lists the four domains in order with the 13 aspects of the cluster, in code order', async () => {
    const { framework } = await setup();
    expect(framework.map((d) => [d.number, d.nameMs])).toEqual([
      [1, 'Kepimpinan dan Pengurusan'],
      [2, 'Pembelajaran dan Pengajaran'],
      [3, 'Iklim dan Budaya Sekolah'],
      [4, 'Pencapaian Pelajar'],
    ]);
    expect(framework.map((d) => d.aspects.map((a) => a.code))).toEqual([
      ['1.1.2', '1.2.4', '1.3.1', '1.4.2'],
      ['2.1.3', '2.1.6', '2.1.8', '2.2.1', '2.2.4', '2.2.5', '2.3.3'],
      ['3.2.1'],
      ['4.1.1'],
    ]);
    expect(framework[0]?.aspects[0]).toMatchObject({ nameMs: 'Pelan Tindakan dan Pelaksanaan', nameEn: 'Action Plan and Implementation', archived: false, termsMs: '' });
  });

  it('keeps codes unique, shaped 1.1.2 and starting with their domain, and edits terms at the version read', async () => {
    const { call, framework, aspect } = await setup();
    const d1 = framework[0] as WseDomain;
    const d2 = framework[1] as WseDomain;
    expect((await failure(call('wse.saveAspect', { domainId: d1.id, code: '1.1', nameMs: 'X' }))).field).toBe('code');
    const wrongDomain = await failure(call('wse.saveAspect', { domainId: d2.id, code: '1.5.1', nameMs: 'Aspek baharu' }));
    expect([wrongDomain.field, wrongDomain.message]).toEqual(['code', 'An aspect of domain 2 has a code starting 2. (e.g. 2.1.1)']);
    const taken = await failure(call('wse.saveAspect', { domainId: d1.id, code: '1.2.4', nameMs: 'Lain' }));
    expect([taken.field, taken.message]).toEqual(['code', 'The code 1.2.4 is already used by Pengurusan Data.']);

    const added = await call<WseAspect>('wse.saveAspect', { domainId: d1.id, code: '1.10.1', nameMs: 'Aspek Baharu', nameEn: 'New Aspect', termsMs: '1. Satu\n2. Dua' });
    expect(added).toMatchObject({ code: '1.10.1', termsMs: '1. Satu\n2. Dua', version: 1 });
    // 1.10.1 comes after 1.4.2, not after 1.1.2.
    const after = await call<WseDomain[]>('wse.aspects');
    expect(after[0]?.aspects.map((a) => a.code)).toEqual(['1.1.2', '1.2.4', '1.3.1', '1.4.2', '1.10.1']);

    const base = aspect('2.2.4');
    const edited = await call<WseAspect>('wse.saveAspect', { ...base, scopeEn: 'AfL strategies', scopeMs: 'Strategi AfL' });
    expect([edited.scopeEn, edited.version]).toEqual(['AfL strategies', 2]);
    expect((await failure(call('wse.saveAspect', { ...base, scopeEn: 'stale' }))).code).toBe('CONFLICT');

    const renamed = await call<WseDomain>('wse.saveDomain', { id: d2.id, version: d2.version, nameMs: 'Pengajaran dan Pembelajaran', nameEn: 'Teaching and Learning' });
    expect([renamed.nameEn, renamed.number, renamed.aspects.length]).toEqual(['Teaching and Learning', 2, 7]);
    expect((await failure(call('wse.saveDomain', { id: d2.id, version: d2.version, nameMs: 'X' }))).code).toBe('CONFLICT');
  });
});

describe('band history', () => {
  it('keeps the roster band the latest by date, after saves, an edit and deletes', async () => {
    const { call, a, roster } = await setup();
    await call<WseBand[]>('wse.saveBand', { schoolId: a.id, year: 2021, band: 3, kind: 'validated', date: '2021-09-15', note: 'Inspectorate' });
    expect(await roster(a.id)).toBe(3);
    await call<WseBand[]>('wse.saveBand', { schoolId: a.id, year: 2023, band: 2, kind: 'internal', date: '2023-03-20' });
    expect(await roster(a.id)).toBe(2);
    // An older band added later does not move the roster.
    let bands = await call<WseBand[]>('wse.saveBand', { schoolId: a.id, year: 2019, band: 5, kind: 'internal', date: '2019-05-01' });
    expect(bands.map((b) => [b.year, b.band, b.kind])).toEqual([
      [2023, 2, 'internal'],
      [2021, 3, 'validated'],
      [2019, 5, 'internal'],
    ]);
    expect(await roster(a.id)).toBe(2);

    // One per school, year and kind; no future dates.
    const twice = await failure(call('wse.saveBand', { schoolId: a.id, year: 2021, band: 4, kind: 'validated', date: '2021-10-01' }));
    expect([twice.field, twice.message]).toEqual(['kind', 'This school already has a validated band for 2021; change that one.']);
    expect((await failure(call('wse.saveBand', { schoolId: a.id, year: 2023, band: 4, kind: 'validated', date: '2999-01-01' }))).field).toBe('date');
    expect((await failure(call('wse.saveBand', { schoolId: a.id, year: 2023, band: 6, kind: 'validated', date: '2023-01-01' }))).field).toBe('band');

    // Editing the latest changes the roster; an old version is a conflict.
    const latest = bands[0] as WseBand;
    await call<WseBand[]>('wse.saveBand', { ...latest, band: 1 });
    expect(await roster(a.id)).toBe(1);
    expect((await failure(call('wse.saveBand', { ...latest, band: 4 }))).code).toBe('CONFLICT');

    // Deleting the latest falls back to the one before; deleting all leaves no band.
    bands = await call<WseBand[]>('wse.deleteBand', { id: latest.id });
    expect(await roster(a.id)).toBe(3);
    for (const b of bands) await call('wse.deleteBand', { id: b.id });
    expect(await roster(a.id)).toBeNull();
    expect(await call<WseBand[]>('wse.bands', { schoolId: a.id })).toEqual([]);
  });

  it('records a band changed on the school form as this year\'s internal band, so history and roster agree', async () => {
    const { call, b, roster } = await setup();
    const year = Number(todayLocal().slice(0, 4));
    await call('wse.saveBand', { schoolId: b.id, year: 2021, band: 3, kind: 'validated', date: '2021-09-15' });
    let school = await call<School>('schools.get', { id: b.id });
    // Saving the form with the band unchanged adds nothing.
    school = await call<School>('schools.update', { ...school, notes: 'Visited often' });
    expect(await call<WseBand[]>('wse.bands', { schoolId: b.id })).toHaveLength(1);

    school = await call<School>('schools.update', { ...school, wseBand: 4 });
    expect(school.wseBand).toBe(4);
    const bands = await call<WseBand[]>('wse.bands', { schoolId: b.id });
    expect(bands[0]).toMatchObject({ year, band: 4, kind: 'internal', date: todayLocal(), note: 'Ditetapkan pada borang sekolah · Set on the school form' });
    // A second change the same year changes that row rather than adding one.
    school = await call<School>('schools.update', { ...school, wseBand: 5 });
    expect((await call<WseBand[]>('wse.bands', { schoolId: b.id })).map((x) => x.band)).toEqual([5, 3]);
    expect(await roster(b.id)).toBe(5);

    // Clearing the band of a school with a history is refused at the field; nothing of the save is kept.
    const cleared = await failure(call('schools.update', { ...school, wseBand: null, notes: 'changed' }));
    expect(cleared.field).toBe('wseBand');
    expect(await call<School>('schools.get', { id: b.id })).toMatchObject({ wseBand: 5, notes: 'Visited often' });

    // A new school with a band starts its history with it.
    const c = await call<School>('schools.create', { name: 'School SR C', abbreviation: 'SR C', level: 'primary', wseBand: 2 });
    expect((await call<WseBand[]>('wse.bands', { schoolId: c.id })).map((x) => [x.band, x.kind])).toEqual([[2, 'internal']]);
  });
});

describe('aspect ratings', () => {
  it('saves a year\'s grid in one transaction, and a bad row refuses it all', async () => {
    const { call, a, aspect } = await setup();
    const empty = await call<WseRatings>('wse.ratings', { schoolId: a.id, year: 2024 });
    expect(empty.ratings).toHaveLength(13);
    expect(empty.ratings.every((r) => r.rating === null)).toBe(true);

    const bad = await failure(
      call('wse.saveRatings', {
        schoolId: a.id,
        year: 2024,
        ratings: [
          { aspectId: aspect('1.1.2').id, rating: 4, note: 'Clear plan' },
          { aspectId: aspect('2.1.3').id, rating: 3 },
          { aspectId: 99999, rating: 2 },
          { aspectId: aspect('3.2.1').id, rating: null, note: 'no rating' },
        ],
      }),
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(['ratings.2.aspectId', 'ratings.3.rating']);
    expect((await call<WseRatings>('wse.ratings', { schoolId: a.id, year: 2024 })).ratings.filter((r) => r.rating !== null)).toEqual([]);

    await call('wse.saveRatings', { schoolId: a.id, year: 2024, ratings: [{ aspectId: aspect('1.1.2').id, rating: 4, note: 'Clear plan' }, { aspectId: aspect('2.1.3').id, rating: 3 }] });
    // A null clears one; those left out are kept.
    const saved = await call<WseRatings>('wse.saveRatings', { schoolId: a.id, year: 2024, ratings: [{ aspectId: aspect('2.1.3').id, rating: null }] });
    expect(saved.ratings.filter((r) => r.rating !== null)).toEqual([{ aspectId: aspect('1.1.2').id, rating: 4, note: 'Clear plan' }]);
    // Another year is its own grid.
    expect((await call<WseRatings>('wse.ratings', { schoolId: a.id, year: 2025 })).ratings.filter((r) => r.rating !== null)).toEqual([]);
  });
});

describe('aspect tags', () => {
  async function visitSetup() {
    const s = await setup();
    const team = await s.call<TeamMember[]>('team.save', { members: [{ name: 'Officer One', role: 'officer' }] });
    const purposes = await s.call<ListEntry[]>('visits.purposes');
    return { ...s, officer: team[0] as TeamMember, purpose: purposes[0] as ListEntry };
  }

  it('saves and reads back the aspects of a visit, its next steps and its observations, replacing them on save', async () => {
    const { call, a, aspect, officer, purpose } = await visitSetup();
    const [x, y, z] = [aspect('1.1.2').id, aspect('2.2.4').id, aspect('4.1.1').id];
    let v = await call<Visit>('visits.create', {
      schoolId: a.id,
      date: '2024-01-10',
      purposeId: purpose.id,
      officerIds: [officer.id],
      aspectIds: [x, y],
      nextSteps: [{ text: 'Share the SIP', aspectIds: [x] }, { text: 'Plan AfL workshop', aspectIds: [y, z] }, { text: 'Untagged' }],
    });
    expect(v.aspectIds).toEqual([x, y]);
    expect(v.nextSteps.map((s) => s.aspectIds)).toEqual([[x], [y, z], []]);

    v = await call<Visit>('visits.update', { ...v, aspectIds: [z], nextSteps: v.nextSteps.map((s, i) => ({ id: s.id, text: s.text, aspectIds: i === 2 ? [x] : [] })) });
    expect(v.aspectIds).toEqual([z]);
    expect(v.nextSteps.map((s) => s.aspectIds)).toEqual([[], [], [x]]);
    expect((await call<Visit>('visits.get', { id: v.id })).nextSteps.map((s) => s.aspectIds)).toEqual([[], [], [x]]);

    v = await call<Visit>('observations.save', { visitId: v.id, teacher: 'Cikgu A', aspectIds: [y] });
    const obs = v.observations[0];
    expect(obs?.aspectIds).toEqual([y]);
    v = await call<Visit>('observations.save', { id: obs?.id, version: obs?.version, visitId: v.id, teacher: 'Cikgu A', aspectIds: [x, z] });
    expect(v.observations[0]?.aspectIds).toEqual([x, z]);

    // An unknown aspect is refused at its field and nothing of the save is kept.
    const bad = await failure(call('visits.update', { ...v, findings: 'changed', nextSteps: v.nextSteps.map((s, i) => ({ id: s.id, text: s.text, aspectIds: i === 1 ? [99999] : s.aspectIds })) }));
    expect(bad.field).toBe('nextSteps.1.aspectIds');
    expect((await call<Visit>('visits.get', { id: v.id })).findings).toBe('');
    expect((await failure(call('visits.create', { schoolId: a.id, date: '2024-01-11', purposeId: purpose.id, officerIds: [officer.id], aspectIds: [x, x] }))).field).toBe('aspectIds');
  });

  it('archives an aspect in use keeping its tags, offers it to nothing new, and refuses to delete it', async () => {
    const { call, a, aspect, officer, purpose } = await visitSetup();
    const used = aspect('2.3.3');
    let v = await call<Visit>('visits.create', { schoolId: a.id, date: '2024-01-10', purposeId: purpose.id, officerIds: [officer.id], aspectIds: [used.id], nextSteps: [{ text: 'Dialogic teaching', aspectIds: [used.id] }] });
    const archived = await call<WseAspect>('wse.archiveAspect', { id: used.id });
    expect(archived.archived).toBe(true);
    v = await call<Visit>('visits.get', { id: v.id });
    expect([v.aspectIds, v.nextSteps[0]?.aspectIds]).toEqual([[used.id], [used.id]]);
    // The visit saves again with the archived tag it already had; a new one cannot take it.
    v = await call<Visit>('visits.update', { ...v, findings: 'Kept' });
    expect(v.aspectIds).toEqual([used.id]);
    expect((await failure(call('observations.save', { visitId: v.id, teacher: 'Cikgu B', aspectIds: [used.id] }))).field).toBe('aspectIds');

    const refused = await failure(call('wse.deleteAspect', { id: used.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('2.3.3 is used by 2 tag(s)');
    // Restored, it is offered again; an aspect nothing uses may be deleted.
    expect((await call<WseAspect>('wse.restoreAspect', { id: used.id })).archived).toBe(false);
    await call('wse.deleteAspect', { id: aspect('3.2.1').id });
    expect((await call<WseDomain[]>('wse.aspects')).flatMap((d) => d.aspects)).toHaveLength(12);
  });

  it('maps an observation criterion to an aspect', async () => {
    const { call, aspect } = await setup();
    const criteria = await call<ListEntry[]>('rubric.list');
    const first = criteria[0] as ListEntry;
    expect((await call<CriterionAspect[]>('rubric.aspects')).every((c) => c.aspectId === null)).toBe(true);
    await call('rubric.setAspect', { criterionId: first.id, aspectId: aspect('2.2.1').id });
    expect((await call<CriterionAspect[]>('rubric.aspects')).find((c) => c.criterionId === first.id)?.aspectId).toBe(aspect('2.2.1').id);
    // The criterion's own version does not move: its form stays current.
    expect((await call<ListEntry[]>('rubric.list')).find((c) => c.id === first.id)?.version).toBe(first.version);
    // An archived aspect is not offered; the mapping keeps an aspect from being deleted.
    await call('wse.archiveAspect', { id: aspect('2.2.4').id });
    expect((await failure(call('rubric.setAspect', { criterionId: first.id, aspectId: aspect('2.2.4').id }))).field).toBe('aspectId');
    expect((await failure(call('wse.deleteAspect', { id: aspect('2.2.1').id }))).code).toBe('CONFLICT');
    await call('rubric.setAspect', { criterionId: first.id, aspectId: null });
    expect((await call<CriterionAspect[]>('rubric.aspects')).find((c) => c.criterionId === first.id)?.aspectId).toBeNull();
  });
});
