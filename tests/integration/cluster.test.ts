import { describe, expect, it } from 'vitest';
import type { AppStatus, ClusterProfile, School, SchoolSummary, TeamMember } from '../../shared/domain';
import { failure } from '../helpers/api';
import { tinyPng } from '../helpers/png';
import { openApp } from '../helpers/tmp';

type List = { items: SchoolSummary[]; total: number };
const profile = { name: 'Kluster 9', ministry: 'Kementerian Pendidikan', department: 'Jabatan Sekolah-Sekolah' };

describe('cluster profile', () => {
  it('starts blank and keeps what is saved', async () => {
    const { call } = await openApp();
    expect(await call<ClusterProfile>('profile.get')).toEqual({
      name: '',
      formerName: '',
      mission: '',
      vision: '',
      ministry: '',
      department: '',
      address: '',
      introduction: '',
      services: '',
      nameEn: '',
      formerNameEn: '',
      ministryEn: '',
      departmentEn: '',
      addressEn: '',
      missionEn: '',
      visionEn: '',
      introductionEn: '',
      servicesEn: '',
      mainRole: '',
      mainRoleEn: '',
      logoDescription: '',
      logoDescriptionEn: '',
      crossCompetencies: '',
      crossCompetenciesEn: '',
      teamAsOf: '',
      hasLogo: false,
      preparedById: null,
      version: 1,
    });
    const saved = await call<ClusterProfile>('profile.update', { ...profile, mission: ' Melibatkan semua. ', address: 'Jalan Menteri Besar', version: 1 });
    expect(saved).toMatchObject({ ...profile, mission: 'Melibatkan semua.', address: 'Jalan Menteri Besar', formerName: '', version: 2 });
    expect(await call<ClusterProfile>('profile.get')).toEqual(saved);
    expect(await failure(call('profile.update', { ...profile, name: ' ', version: 2 }))).toMatchObject({ code: 'VALIDATION', field: 'name' });
  });

  it('takes "prepared by" only from the cluster team', async () => {
    const { call } = await openApp();
    const [clerk] = await call<TeamMember[]>('team.save', { members: [{ name: 'Rosnani', role: 'clerk' }] });
    const school = await call<School>('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary', leaders: [{ role: 'head', name: 'Head' }] });
    for (const preparedById of [school.leaders[0]?.id, 9999]) {
      expect(await failure(call('profile.update', { ...profile, preparedById, version: 1 })), String(preparedById)).toMatchObject({
        code: 'VALIDATION',
        field: 'preparedById',
      });
    }
    expect((await call<ClusterProfile>('profile.get')).name).toBe('');
    const saved = await call<ClusterProfile>('profile.update', { ...profile, preparedById: clerk?.id, version: 1 });
    expect(saved.preparedById).toBe(clerk?.id);

    // Taking the person off the team clears "prepared by", which moves the profile on to a new version.
    await call('team.save', { members: [{ name: 'Someone Else', role: 'officer' }], removed: [{ id: clerk?.id, version: clerk?.version }] });
    expect(await call<ClusterProfile>('profile.get')).toMatchObject({ preparedById: null, version: saved.version + 1 });
  });

  it('keeps a PNG logo and refuses bytes that are not the declared image', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const png = tinyPng(3, 2);
    const withLogo = await call<ClusterProfile>('profile.setLogo', { contentType: 'image/png', dataBase64: png.toString('base64') });
    expect(withLogo.hasLogo).toBe(true);
    expect(await call('profile.getLogo')).toEqual({ contentType: 'image/png', dataBase64: png.toString('base64') });

    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    expect(await failure(call('profile.setLogo', { contentType: 'image/png', dataBase64: gif.toString('base64') }))).toMatchObject({
      code: 'VALIDATION',
      field: 'dataBase64',
      message: 'This file is not a PNG image.',
    });
    expect(await failure(call('profile.setLogo', { contentType: 'image/jpeg', dataBase64: png.toString('base64') }))).toMatchObject({ field: 'dataBase64' });
    expect(await failure(call('profile.setLogo', { contentType: 'image/gif', dataBase64: gif.toString('base64') }))).toMatchObject({ field: 'contentType' });
    expect(await failure(call('profile.setLogo', { contentType: 'image/png', dataBase64: 'not base64!' }))).toMatchObject({ field: 'dataBase64' });
    // A PNG cut short, or with a damaged header, would break every document: refused at upload.
    const flat = tinyPng(3, 2);
    flat.writeUInt32BE(0, 20);
    for (const broken of [png.subarray(0, 12), flat]) {
      expect(await failure(call('profile.setLogo', { contentType: 'image/png', dataBase64: broken.toString('base64') }))).toMatchObject({ field: 'dataBase64' });
    }
    // The refused uploads left the earlier logo in place.
    expect(await call('profile.getLogo')).toEqual({ contentType: 'image/png', dataBase64: png.toString('base64') });

    expect((await call<ClusterProfile>('profile.clearLogo')).hasLogo).toBe(false);
    expect(await call('profile.getLogo')).toBeNull();
  });
});

describe('cluster team', () => {
  it('saves the list in order, renaming, adding and removing in one call', async () => {
    const { call } = await openApp();
    const first = await call<TeamMember[]>('team.save', {
      members: [
        { name: 'Aminah', role: 'cluster_head' },
        { name: 'Bakar', role: 'officer', email: 'bakar@moe.gov.bn' },
        { name: 'Chong', role: 'clerk', phone: '+673 222 3333' },
      ],
    });
    expect(first.map((m) => [m.name, m.role])).toEqual([
      ['Aminah', 'cluster_head'],
      ['Bakar', 'officer'],
      ['Chong', 'clerk'],
    ]);
    const [a, b, c] = first;
    const second = await call<TeamMember[]>('team.save', {
      members: [
        { id: c?.id, version: c?.version, name: 'Chong Mei Ling', role: 'clerk', phone: '+673 222 3333' },
        { name: 'Dayang', role: 'assistant_head' },
        { id: b?.id, version: b?.version, name: 'Bakar', role: 'officer', email: 'bakar@moe.gov.bn' },
      ],
      removed: [{ id: a?.id, version: a?.version }],
    });
    expect(second.map((m) => [m.id, m.name, m.role])).toEqual([
      [c?.id, 'Chong Mei Ling', 'clerk'],
      [expect.any(Number), 'Dayang', 'assistant_head'],
      [b?.id, 'Bakar', 'officer'],
    ]);
    expect(second.some((m) => m.id === a?.id)).toBe(false);
    expect(await call('team.list')).toEqual(second);
    // A removed member cannot be brought back by id: the list that still had them is out of date.
    const keep = second.map((m) => ({ id: m.id, version: m.version, name: m.name, role: m.role }));
    expect(await failure(call('team.save', { members: [...keep, { id: a?.id, version: a?.version, name: 'Aminah', role: 'cluster_head' }] }))).toMatchObject({ code: 'CONFLICT' });
    expect(await call('team.list')).toEqual(second);
    // Nor can a list that does not know of a member drop them unseen.
    expect(await failure(call('team.save', { members: keep.slice(1) }))).toMatchObject({ code: 'CONFLICT' });
    expect(await call('team.list')).toEqual(second);
  });

  it("needs a label for the role 'other' and changes nothing when one member is wrong", async () => {
    const { call } = await openApp();
    const before = await call<TeamMember[]>('team.save', { members: [{ name: 'Aminah', role: 'cluster_head' }] });
    const err = await failure(
      call('team.save', {
        members: [
          { id: before[0]?.id, version: before[0]?.version, name: 'Aminah Renamed', role: 'cluster_head' },
          { name: 'New Officer', role: 'officer' },
          { name: 'Helper', role: 'other', roleLabel: '  ' },
        ],
      }),
    );
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'members.2.roleLabel' });
    expect(await call('team.list')).toEqual(before);

    expect(await failure(call('team.save', { members: [{ name: '', role: 'officer' }] }))).toMatchObject({ field: 'members.0.name' });
    expect(await failure(call('team.save', { members: [{ name: 'X', role: 'boss' }] }))).toMatchObject({ field: 'members.0.role' });

    const saved = await call<TeamMember[]>('team.save', {
      members: [
        { name: 'Helper', role: 'other', roleLabel: 'Penyelaras ICT' },
        { name: 'Officer', role: 'officer', roleLabel: 'ignored' },
      ],
      removed: [{ id: before[0]?.id, version: before[0]?.version }],
    });
    expect(saved.map((m) => [m.role, m.roleLabel])).toEqual([
      ['other', 'Penyelaras ICT'],
      ['officer', ''],
    ]);
  });
});

describe('language setting', () => {
  it('is remembered when the same data folder is opened again', async () => {
    const first = await openApp();
    expect((await first.call<AppStatus>('app.status')).language).toBe('ms');
    expect(await first.call('settings.setLanguage', { language: 'en' })).toEqual({ language: 'en' });
    expect((await failure(first.call('settings.setLanguage', { language: 'fr' }))).field).toBe('language');
    await first.ctx.close();
    const second = await openApp(first.dataDir);
    expect((await second.call<AppStatus>('app.status')).language).toBe('en');
  });
});

describe('demo data', () => {
  it('loads Kluster 2: 8 team members and 26 schools', async () => {
    const { call } = await openApp();
    expect((await call<AppStatus>('app.status')).empty).toBe(true);
    expect(await call('demo.load')).toEqual({ schools: 26, team: 8 });
    expect((await call<AppStatus>('app.status')).empty).toBe(false);

    const team = await call<TeamMember[]>('team.list');
    expect(team).toHaveLength(8);
    expect(team.map((m) => m.role)).toEqual(['cluster_head', 'assistant_head', 'officer', 'officer', 'officer', 'officer', 'officer', 'clerk']);
    expect(team[0]?.name).toBe('Hjh Sarifah binti Hj Matsawali');

    const schools = await call<List>('schools.list', { sort: 'number' });
    expect(schools.total).toBe(26);
    expect(schools.items.at(-1)?.abbreviation).toBe('SR OKBI');
    expect(schools.items.at(-1)?.name).toBe('SR Orang Kaya Besar Imas, Subok');
    for (const s of schools.items) {
      expect(s.name, s.abbreviation).not.toMatch(/\n/);
      expect(s.abbreviation.length, s.name).toBeLessThanOrEqual(20);
    }
    expect(await call<ClusterProfile>('profile.get')).toMatchObject({ name: 'Kluster 2', formerName: 'Kluster 4' });
  });

  it('is refused on a database that already has records, adding nothing', async () => {
    const { call } = await openApp();
    await call('schools.create', { name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary' });
    expect((await failure(call('demo.load'))).code).toBe('CONFLICT');
    expect((await call<List>('schools.list')).total).toBe(1);
    expect(await call('team.list')).toEqual([]);
    expect((await call<ClusterProfile>('profile.get')).name).toBe('');

    const other = await openApp();
    await other.call('team.save', { members: [{ name: 'Aminah', role: 'clerk' }] });
    expect((await failure(other.call('demo.load'))).code).toBe('CONFLICT');
    expect((await other.call<List>('schools.list')).total).toBe(0);
  });
});
