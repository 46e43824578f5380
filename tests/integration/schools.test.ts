import { describe, expect, it } from 'vitest';
import type { LevelCounts, School, SchoolSummary } from '../../shared/domain';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

type List = { items: SchoolSummary[]; counts: LevelCounts; total: number };

const base = { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' };

describe('schools: create, read, update', () => {
  it('creates a school with defaults and numbers it after the last one', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const a = await call<School>('schools.create', { ...base, name: '  Sekolah Rendah Alpha  ' });
    expect(a).toMatchObject({
      name: 'Sekolah Rendah Alpha',
      abbreviation: 'SR A',
      level: 'primary',
      number: 1,
      address: '',
      phone: '',
      email: '',
      wseBand: null,
      notes: '',
      archived: false,
      leaders: [],
    });
    const b = await call<School>('schools.create', { name: 'Sekolah Menengah Beta', abbreviation: 'SM B', level: 'secondary', number: 7 });
    expect(b.number).toBe(7);
    const c = await call<School>('schools.create', { name: 'Sekolah Rendah Gamma', abbreviation: 'SR G', level: 'primary' });
    expect(c.number).toBe(8);
    expect(await call<School>('schools.get', { id: b.id })).toEqual(b);
  });

  it('updates every field and keeps the number when none is given', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const a = await call<School>('schools.create', { ...base, number: 3 });
    const u = await call<School>('schools.update', {
      id: a.id,
      version: a.version,
      name: 'Sekolah Rendah Alpha Baru',
      abbreviation: 'SR AB',
      level: 'other',
      address: 'Jalan Mentiri, BU2529',
      phone: '+673 223 4567',
      email: 'office@alpha.edu.bn',
      wseBand: 2,
      notes: 'Moved in 2024.',
      leaders: [{ role: 'head', name: 'Hajah Aminah', title: 'Guru Besar', appointedOn: '2024-01-15' }],
    });
    expect(u).toMatchObject({
      number: 3,
      name: 'Sekolah Rendah Alpha Baru',
      abbreviation: 'SR AB',
      level: 'other',
      address: 'Jalan Mentiri, BU2529',
      phone: '+673 223 4567',
      email: 'office@alpha.edu.bn',
      wseBand: 2,
      notes: 'Moved in 2024.',
    });
    expect(u.leaders).toEqual([{ id: expect.any(Number) as number, role: 'head', name: 'Hajah Aminah', title: 'Guru Besar', appointedOn: '2024-01-15' }]);
    expect((await call<List>('schools.list')).items[0]?.headName).toBe('Hajah Aminah');
  });

  it('answers NOT_FOUND for a school that does not exist', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    for (const [method, input] of [
      ['schools.get', { id: 999 }],
      ['schools.update', { ...base, id: 999, version: 1 }],
      ['schools.archive', { id: 999 }],
      ['schools.restore', { id: 999 }],
    ] as const) {
      expect((await failure(call(method, input))).code, method).toBe('NOT_FOUND');
    }
  });
});

describe('schools: validation', () => {
  it('requires a name and an abbreviation', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    expect(await failure(call('schools.create', { ...base, name: '   ' }))).toMatchObject({ code: 'VALIDATION', field: 'name', message: 'School name is required' });
    expect(await failure(call('schools.create', { abbreviation: 'SR A', level: 'primary' }))).toMatchObject({ code: 'VALIDATION', field: 'name' });
    expect(await failure(call('schools.create', { ...base, abbreviation: '' }))).toMatchObject({ code: 'VALIDATION', field: 'abbreviation' });
    expect(await failure(call('schools.create', { ...base, name: 'x'.repeat(201) }))).toMatchObject({ field: 'name', message: expect.stringMatching(/too long/) as string });
    expect((await call<List>('schools.list')).total).toBe(0);
  });

  it('treats abbreviations that differ only in spacing, case or character width as the same school', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call<School>('schools.create', { name: 'Sekolah Rendah Mentiri', abbreviation: 'SR MEN', level: 'primary' });
    for (const near of ['SR  MEN', ' sr men ', 'SR\u00a0MEN', 'ＳＲ ＭＥＮ', 'Sr\tMen']) {
      const clash = await failure(call('schools.create', { name: 'Sekolah Rendah Lain', abbreviation: near, level: 'primary' }));
      expect(clash, near).toMatchObject({ code: 'VALIDATION', field: 'abbreviation' });
      expect(clash.message).toContain('Sekolah Rendah Mentiri (SR MEN)');
    }
    // Stored tidy: single spaces, ordinary letters.
    const other = await call<School>('schools.create', { name: 'Sekolah Rendah Lain', abbreviation: '  ＳＲ   LAIN ', level: 'primary' });
    expect(other.abbreviation).toBe('SR LAIN');
    const list = await call<{ items: SchoolSummary[] }>('schools.list', {});
    expect(list.items.map((s) => s.abbreviation).sort()).toEqual(['SR LAIN', 'SR MEN']);
  });

  it('keeps abbreviations unique ignoring case, archived schools included', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const a = await call<School>('schools.create', base);
    const clash = await failure(call('schools.create', { name: 'Sekolah Rendah Lain', abbreviation: 'sr a', level: 'primary' }));
    expect(clash).toMatchObject({ code: 'VALIDATION', field: 'abbreviation' });
    expect(clash.message).toContain('Sekolah Rendah Alpha');

    await call('schools.archive', { id: a.id });
    const stillTaken = await failure(call('schools.create', { name: 'Sekolah Rendah Lain', abbreviation: 'Sr A', level: 'primary' }));
    expect(stillTaken).toMatchObject({ code: 'VALIDATION', field: 'abbreviation' });
    expect(stillTaken.message).toContain('Sekolah Rendah Alpha');

    const b = await call<School>('schools.create', { name: 'Sekolah Rendah Beta', abbreviation: 'SR B', level: 'primary' });
    expect(await failure(call('schools.update', { ...base, name: 'Sekolah Rendah Beta', id: b.id, version: b.version }))).toMatchObject({ field: 'abbreviation' });
    // A school keeps its own abbreviation, in any case.
    expect((await call<School>('schools.update', { ...base, abbreviation: 'sr a', id: a.id, version: a.version })).abbreviation).toBe('sr a');
  });

  it('checks level, email, phone and WSE band', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    expect(await failure(call('schools.create', { ...base, level: 'college' }))).toMatchObject({ code: 'VALIDATION', field: 'level', message: 'Choose a level' });
    expect(await failure(call('schools.create', { ...base, email: 'office at school' }))).toMatchObject({ field: 'email', message: expect.stringMatching(/email address/) as string });
    expect(await failure(call('schools.create', { ...base, email: 'a@b' }))).toMatchObject({ field: 'email' });
    expect(await failure(call('schools.create', { ...base, phone: 'call the office' }))).toMatchObject({ field: 'phone', message: expect.stringMatching(/phone number/) as string });
    expect(await failure(call('schools.create', { ...base, phone: '12' }))).toMatchObject({ field: 'phone' });
    for (const wseBand of [0, 6, 2.5, '3']) {
      expect(await failure(call('schools.create', { ...base, wseBand })), String(wseBand)).toMatchObject({ code: 'VALIDATION', field: 'wseBand' });
    }
    expect((await call<List>('schools.list')).total).toBe(0);
    const ok = await call<School>('schools.create', { ...base, email: 'office@alpha.edu.bn', phone: '+673 (2) 345-678', wseBand: 5 });
    expect(ok).toMatchObject({ email: 'office@alpha.edu.bn', phone: '+673 (2) 345-678', wseBand: 5 });
    const d = await call<School>('schools.create', { name: 'Sekolah Rendah Delta', abbreviation: 'SR D', level: 'primary', wseBand: 1 });
    expect(d.wseBand).toBe(1);
  });

  it('checks leaders: a name, at most one head, real appointment dates', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    expect(await failure(call('schools.create', { ...base, leaders: [{ role: 'head', name: ' ' }] }))).toMatchObject({
      code: 'VALIDATION',
      field: 'leaders.0.name',
    });
    const twoHeads = await failure(
      call('schools.create', { ...base, leaders: [{ role: 'head', name: 'A' }, { role: 'head', name: 'B' }] }),
    );
    expect(twoHeads).toMatchObject({ code: 'VALIDATION', field: 'leaders', message: 'A school has at most one head' });
    for (const appointedOn of ['2024-02-30', '15/01/2024', '2024-1-5']) {
      expect(await failure(call('schools.create', { ...base, leaders: [{ role: 'deputy', name: 'A', appointedOn }] })), appointedOn).toMatchObject({
        field: 'leaders.0.appointedOn',
        message: 'Enter a real date as YYYY-MM-DD',
      });
    }
    expect(await failure(call('schools.create', { ...base, leaders: [{ role: 'principal', name: 'A' }] }))).toMatchObject({ field: 'leaders.0.role' });
    expect((await call<List>('schools.list')).total).toBe(0);

    const s = await call<School>('schools.create', { ...base, leaders: [{ role: 'deputy', name: 'A', appointedOn: '2024-02-29' }, { role: 'deputy', name: 'B', appointedOn: '' }] });
    expect(s.leaders.map((l) => [l.name, l.appointedOn])).toEqual([
      ['A', '2024-02-29'],
      ['B', null],
    ]);
  });

  it("refuses a leader id that belongs to another school", async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const a = await call<School>('schools.create', { ...base, leaders: [{ role: 'head', name: 'Head of Alpha' }] });
    const b = await call<School>('schools.create', { name: 'Sekolah Rendah Beta', abbreviation: 'SR B', level: 'primary' });
    const alphaHead = a.leaders[0]?.id;
    const err = await failure(call('schools.update', { name: b.name, abbreviation: b.abbreviation, level: b.level, id: b.id, version: b.version, leaders: [{ id: alphaHead, role: 'head', name: 'Taken over' }] }));
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'leaders.0.id' });
    expect((await call<School>('schools.get', { id: a.id })).leaders).toEqual(a.leaders);
    expect((await call<School>('schools.get', { id: b.id })).leaders).toEqual([]);
  });

  it('swaps head and deputy in one update, and archives leaders left out', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const s = await call<School>('schools.create', {
      ...base,
      leaders: [
        { role: 'head', name: 'Old Head' },
        { role: 'deputy', name: 'Old Deputy' },
        { role: 'deputy', name: 'Leaving Deputy' },
      ],
    });
    const [head, deputy] = s.leaders;
    const u = await call<School>('schools.update', {
      ...base,
      id: s.id,
      version: s.version,
      leaders: [
        { id: deputy?.id, role: 'head', name: 'Old Deputy' },
        { id: head?.id, role: 'deputy', name: 'Old Head' },
      ],
    });
    expect(u.leaders.map((l) => [l.id, l.role, l.name])).toEqual([
      [deputy?.id, 'head', 'Old Deputy'],
      [head?.id, 'deputy', 'Old Head'],
    ]);
    expect((await call<List>('schools.list')).items[0]?.headName).toBe('Old Deputy');

    // Replacing the head with a newcomer while the old head leaves also works.
    const v = await call<School>('schools.update', { ...base, id: s.id, version: u.version, leaders: [{ role: 'head', name: 'New Head' }, { id: head?.id, role: 'deputy', name: 'Old Head' }] });
    expect(v.leaders.map((l) => [l.role, l.name])).toEqual([
      ['head', 'New Head'],
      ['deputy', 'Old Head'],
    ]);
  });
});

describe('schools: a failed change leaves nothing behind', () => {
  it('an update with a bad leader at index 2 keeps the school and its leaders as they were', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const other = await call<School>('schools.create', { name: 'Sekolah Rendah Beta', abbreviation: 'SR B', level: 'primary', leaders: [{ role: 'head', name: 'Beta Head' }] });
    const s = await call<School>('schools.create', {
      ...base,
      phone: '+673 111 1111',
      leaders: [
        { role: 'head', name: 'Head One' },
        { role: 'deputy', name: 'Deputy One' },
      ],
    });
    const [l0, l1] = s.leaders;
    const err = await failure(
      call('schools.update', {
        id: s.id,
        version: s.version,
        name: 'Renamed School',
        abbreviation: 'SR RN',
        level: 'secondary',
        phone: '+673 999 9999',
        wseBand: 4,
        leaders: [
          { id: l0?.id, role: 'head', name: 'Head Renamed' },
          { id: l1?.id, role: 'deputy', name: 'Deputy Renamed' },
          { id: other.leaders[0]?.id, role: 'deputy', name: 'Not ours' },
        ],
      }),
    );
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'leaders.2.id' });
    const after = await call<School>('schools.get', { id: s.id });
    expect(after).toEqual(s);
    // The abbreviation the failed update tried to take is still free.
    await call('schools.create', { name: 'Renamed School', abbreviation: 'SR RN', level: 'secondary' });
  });

  it('a create with a bad leader adds no school', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const other = await call<School>('schools.create', { name: 'Sekolah Rendah Beta', abbreviation: 'SR B', level: 'primary', leaders: [{ role: 'head', name: 'Beta Head' }] });
    const err = await failure(
      call('schools.create', { ...base, leaders: [{ role: 'head', name: 'Fine' }, { id: other.leaders[0]?.id, role: 'deputy', name: 'Not ours' }] }),
    );
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'leaders.1.id' });
    const list = await call<List>('schools.list', { includeArchived: true });
    expect(list.items.map((x) => x.abbreviation)).toEqual(['SR B']);
    // Number and abbreviation were not used up.
    const a = await call<School>('schools.create', base);
    expect(a.number).toBe(2);
  });
});

describe('schools: archive and restore', () => {
  it('hides archived schools from the list and counts unless asked', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const a = await call<School>('schools.create', base);
    await call('schools.create', { name: 'Sekolah Rendah Beta', abbreviation: 'SR B', level: 'primary' });
    const archived = await call<School>('schools.archive', { id: a.id });
    expect(archived.archived).toBe(true);

    const list = await call<List>('schools.list');
    expect(list.items.map((s) => s.abbreviation)).toEqual(['SR B']);
    expect(list.total).toBe(1);
    expect(list.counts.primary).toBe(1);

    const all = await call<List>('schools.list', { includeArchived: true });
    expect(all.items.map((s) => [s.abbreviation, s.archived])).toEqual([
      ['SR A', true],
      ['SR B', false],
    ]);
    expect(all.total).toBe(1);
    expect(all.counts.primary).toBe(1);

    expect((await call<School>('schools.restore', { id: a.id })).archived).toBe(false);
    expect((await call<List>('schools.list')).total).toBe(2);
  });
});

describe('schools: list after demo.load', () => {
  it('searches ignoring case and accents, filters by level and sorts', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const all = await call<List>('schools.list');
    expect(all.total).toBe(26);
    expect(all.counts).toEqual({ sixth_form: 1, secondary: 7, primary: 18, other: 0 });
    expect(all.items.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));

    const mentiri = ['SM PDSM', 'SR MEN', 'SR DMY'];
    for (const search of ['mentiri', 'MENTÍRI', '  Mentíri ']) {
      const found = await call<List>('schools.list', { search });
      expect(found.items.map((s) => s.abbreviation), search).toEqual(mentiri);
      expect(found.total).toBe(3);
      expect(found.counts).toEqual({ sixth_form: 0, secondary: 1, primary: 2, other: 0 });
    }
    expect((await call<List>('schools.list', { search: 'sr okbi' })).items.map((s) => s.name)).toEqual(['SR Orang Kaya Besar Imas, Subok']);
    expect((await call<List>('schools.list', { search: 'rendah mentiri' })).items.map((s) => s.abbreviation)).toEqual(['SR MEN', 'SR DMY']);
    expect((await call<List>('schools.list', { search: 'nowhere' })).items).toEqual([]);

    const primary = await call<List>('schools.list', { level: 'primary' });
    expect(primary.items).toHaveLength(18);
    expect(primary.items.every((s) => s.level === 'primary')).toBe(true);
    expect((await call<List>('schools.list', { level: 'secondary', search: 'mentiri' })).items.map((s) => s.abbreviation)).toEqual(['SM PDSM']);

    const desc = await call<List>('schools.list', { sort: 'name', direction: 'desc' });
    expect(desc.items[0]?.name).toBe('SR Orang Kaya Besar Imas, Subok');
    expect(desc.items.at(-1)?.name).toBe('Maktab Sultan Omar Ali Saifuddin');
    for (let i = 1; i < desc.items.length; i++) {
      const [prev, cur] = [desc.items[i - 1]?.name ?? '', desc.items[i]?.name ?? ''];
      expect(prev.localeCompare(cur, 'ms', { sensitivity: 'base' })).toBeGreaterThanOrEqual(0);
    }
    const byLevel = await call<List>('schools.list', { sort: 'level' });
    expect(byLevel.items.map((s) => s.level)).toEqual([...Array<string>(1).fill('sixth_form'), ...Array<string>(7).fill('secondary'), ...Array<string>(18).fill('primary')]);
    expect((await call<List>('schools.list', { sort: 'number', direction: 'desc' })).items[0]?.abbreviation).toBe('SR OKBI');
  });
});

describe('schools: messages in the language of the UI', () => {
  it('answers in Bahasa Melayu by default and in English once the UI is switched', async () => {
    const { call } = await openApp();
    await call('demo.load');
    const input = { name: 'Sekolah Rendah Ujian', abbreviation: 'sr men', level: 'primary' };
    expect(await failure(call('schools.create', input))).toMatchObject({
      field: 'abbreviation',
      message: 'Singkatan "sr men" sudah digunakan oleh Sekolah Rendah Mentiri (SR MEN).',
    });
    expect(await failure(call('schools.create', { ...input, name: '' }))).toMatchObject({ field: 'name', message: 'Nama sekolah wajib diisi' });
    await call('settings.setLanguage', { language: 'en' });
    expect(await failure(call('schools.create', input))).toMatchObject({
      field: 'abbreviation',
      message: 'The abbreviation "sr men" is already used by Sekolah Rendah Mentiri (SR MEN).',
    });
  });
});
