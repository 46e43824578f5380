import { describe, expect, it } from 'vitest';
import { loadLetterheadModel, postOf } from '../../electron/services/cluster/letterhead-model';
import { inLanguage, missingEnglish, planIn } from '../../shared/bilingual';
import type { ClusterProfile, TeamMember } from '../../shared/domain';
import type { CalendarPeriod, Plan, PlanChange } from '../../shared/plan/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

const profile = { name: 'Kluster 9', ministry: 'Kementerian Pendidikan', department: 'Jabatan Sekolah-Sekolah', address: 'Jalan Satu' };

describe('both languages', () => {
  it('keeps the English of the profile beside the Malay, reads it back, and still refuses a stale version', async () => {
    const { ctx, call } = await openApp(undefined, { language: 'en' });
    const english = {
      nameEn: 'Cluster 9',
      ministryEn: 'Ministry of Education',
      departmentEn: 'Department of Schools',
      missionEn: 'To engage everyone.',
      mainRole: 'Untuk menyokong sekolah.',
      mainRoleEn: 'To support schools.',
      logoDescription: 'Logo asal.',
      crossCompetencies: 'Komunikasi\nLiterasi Digital',
      crossCompetenciesEn: 'Communication\nDigital literacy',
      teamAsOf: '2023-06',
    };
    const saved = await call<ClusterProfile>('profile.update', { ...profile, mission: 'Melibatkan semua.', ...english, version: 1 });
    expect(saved).toMatchObject({ ...english, addressEn: '', logoDescriptionEn: '', version: 2 });
    expect(await call<ClusterProfile>('profile.get')).toEqual(saved);

    // A save from the copy read before is refused, and the English stays as it was.
    expect(await failure(call('profile.update', { ...profile, ...english, nameEn: 'Overwritten', version: 1 }))).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await call<ClusterProfile>('profile.get')).nameEn).toBe('Cluster 9');
    expect(await failure(call('profile.update', { ...profile, teamAsOf: 'June 2023', version: 2 }))).toMatchObject({ code: 'VALIDATION', field: 'teamAsOf', message: 'Choose a month as YYYY-MM' });

    // The letterhead: English where it is written, the Malay where it is not (the address).
    const en = await loadLetterheadModel(ctx.db(), 'en', { date: '2024-03-01' });
    expect(en).toMatchObject({ clusterName: 'Cluster 9', ministry: 'Ministry of Education', department: 'Department of Schools', address: 'Jalan Satu' });
    const ms = await loadLetterheadModel(ctx.db(), 'ms', { date: '2024-03-01' });
    expect(ms).toMatchObject({ clusterName: 'Kluster 9', ministry: 'Kementerian Pendidikan', department: 'Jabatan Sekolah-Sekolah', address: 'Jalan Satu' });
  });

  it('names an "other" post in English when written, else in Malay', async () => {
    const { call } = await openApp();
    const team = await call<TeamMember[]>('team.save', {
      members: [
        { name: 'Aminah', role: 'other', roleLabel: 'Pegawai Data', roleLabelEn: 'Data Officer' },
        { name: 'Bakar', role: 'other', roleLabel: 'Penyelaras' },
        { name: 'Chong', role: 'clerk', roleLabel: 'ignored', roleLabelEn: 'ignored' },
      ],
    });
    expect(team.map((m) => [m.roleLabel, m.roleLabelEn])).toEqual([
      ['Pegawai Data', 'Data Officer'],
      ['Penyelaras', ''],
      ['', ''],
    ]);
    expect(team.map((m) => postOf(m, 'en'))).toEqual(['Data Officer', 'Penyelaras', 'Clerk']);
    expect(team.map((m) => postOf(m, 'ms'))).toEqual(['Pegawai Data', 'Penyelaras', 'Kerani']);
    expect(missingEnglish(team.filter((m) => m.role === 'other').map((m) => [m.roleLabel, m.roleLabelEn]))).toBe(1);
  });

  it('keeps English names of terms, holidays, initiatives and phases, copies them forward, and orders the profile', async () => {
    const { call } = await openApp();
    const term = await call<CalendarPeriod>('periods.create', { kind: 'term', name: 'Penggal 1', nameEn: 'Term 1', start: '2024-01-08', end: '2024-03-15' });
    const holiday = await call<CalendarPeriod>('periods.create', { kind: 'holiday', name: 'Hari Kebangsaan', start: '2024-02-23', end: '2024-02-23' });
    expect([term.nameEn, holiday.nameEn]).toEqual(['Term 1', '']);
    const renamed = await call<CalendarPeriod>('periods.update', { ...term, nameEn: 'First Term' });
    expect(renamed).toMatchObject({ nameEn: 'First Term', version: 2 });
    expect(await failure(call('periods.update', { ...term, nameEn: 'Stale' }))).toMatchObject({ code: 'CONFLICT' });

    await call('plan.createYear', { year: 2024 });
    const a = await call<PlanChange>('initiatives.create', { year: 2024, code: 'EPIC', name: 'Kolaborasi Eksekutif', nameEn: 'Executive Collaboration' });
    const b = await call<PlanChange>('initiatives.create', { year: 2024, code: 'STEPS', name: 'Semakan Kemajuan' });
    const lane = a.plan.initiatives[0]?.lanes[0];
    const phase = await call<PlanChange>('phases.create', { laneId: lane?.id, name: 'Sosialisasi', nameEn: 'Socialisation', start: '2024-01', end: '2024-02' });
    const plan = phase.plan;
    expect(plan.initiatives.map((i) => [i.code, i.nameEn, i.profilePosition])).toEqual([
      ['EPIC', 'Executive Collaboration', null],
      ['STEPS', '', null],
    ]);
    expect(plan.initiatives[0]?.lanes[0]?.phases[0]).toMatchObject({ name: 'Sosialisasi', nameEn: 'Socialisation' });

    // The one rule: English when written, else the Malay; a Malay document always prints the Malay.
    const en = planIn(plan, 'en');
    expect(en.initiatives.map((i) => i.name)).toEqual(['Executive Collaboration', 'Semakan Kemajuan']);
    expect(en.initiatives[0]?.lanes[0]?.phases[0]?.name).toBe('Socialisation');
    expect(en.periods.map((p) => p.name)).toEqual(['First Term', 'Hari Kebangsaan']);
    expect(planIn(plan, 'ms').initiatives.map((i) => i.name)).toEqual(['Kolaborasi Eksekutif', 'Semakan Kemajuan']);
    expect(inLanguage('Misi', '   ', 'en')).toBe('Misi');

    // The profile's own order of initiatives: every one named once, or none for the plan's order.
    const ordered = await call<Plan>('initiatives.setProfileOrder', { year: 2024, ids: [b.id, a.id] });
    expect(ordered.initiatives.map((i) => [i.code, i.profilePosition])).toEqual([
      ['EPIC', 1],
      ['STEPS', 0],
    ]);
    expect(await failure(call('initiatives.setProfileOrder', { year: 2024, ids: [a.id] }))).toMatchObject({ code: 'VALIDATION', field: 'ids' });
    expect(await failure(call('initiatives.setProfileOrder', { year: 2024, ids: [a.id, a.id] }))).toMatchObject({ code: 'VALIDATION', field: 'ids' });

    // Copying the year forward keeps the English and the order.
    const next = await call<Plan>('plan.copyForward', { year: 2024 });
    expect(next.initiatives.map((i) => [i.nameEn, i.profilePosition])).toEqual([
      ['Executive Collaboration', 1],
      ['', 0],
    ]);
    expect(next.initiatives[0]?.lanes[0]?.phases[0]?.nameEn).toBe('Socialisation');
    const reset = await call<Plan>('initiatives.setProfileOrder', { year: 2024, ids: [] });
    expect(reset.initiatives.map((i) => i.profilePosition)).toEqual([null, null]);
  });

  it('fills the demo in English from the cluster profile', async () => {
    const { call } = await openApp();
    await call('demo.load');
    const p = await call<ClusterProfile>('profile.get');
    expect(p).toMatchObject({ ministryEn: 'Ministry of Education, Brunei Darussalam', departmentEn: 'Department of Schools', visionEn: 'Empowering All Towards Quality Education', teamAsOf: '2023-06' });
    expect(p.introductionEn).toMatch(/^Kluster 2 was originally Kluster 4 when the clusters were first set up in 2015\./);
    expect(p.servicesEn.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(3);
    const pairs = [
      [p.mission, p.missionEn],
      [p.vision, p.visionEn],
      [p.introduction, p.introductionEn],
      [p.services, p.servicesEn],
      [p.mainRole, p.mainRoleEn],
      [p.logoDescription, p.logoDescriptionEn],
      [p.crossCompetencies, p.crossCompetenciesEn],
      [p.ministry, p.ministryEn],
      [p.department, p.departmentEn],
    ] as const;
    expect(missingEnglish(pairs)).toBe(0);
    const plan = await call<Plan>('plan.get', { year: 2023 });
    expect(missingEnglish(plan.initiatives.flatMap((i) => [[i.name, i.nameEn], [i.descriptionMs, i.descriptionEn]] as const))).toBe(0);
    expect(plan.initiatives.find((i) => i.code === 'EPIC')?.descriptionEn).toMatch(/^The EPIC initiative encourages dynamic collaboration/);
    // The profile's own list: EPIC first, STEPS second.
    const byProfile = [...plan.initiatives].sort((x, y) => (x.profilePosition ?? 99) - (y.profilePosition ?? 99)).map((i) => i.code);
    expect(byProfile.slice(0, 3)).toEqual(['EPIC', 'STEPS', 'MENTORING & COACHING']);
  });
});
