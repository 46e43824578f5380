/** One save answers every problem of a form at once, each at its field, in the language of the UI. */
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { Assignment, Competency, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import type { ListEntry } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

/** The field errors of an answer as field → message. */
const byField = (e: ApiError) => Object.fromEntries((e.errors ?? []).map((x) => [x.field, x.message]));

describe('every invalid field at once', () => {
  it('flags a blank school name and a blank abbreviation together, in Bahasa Melayu and in English', async () => {
    const { call } = await openApp();
    const input = { name: '  ', abbreviation: '', level: 'primary' };
    const ms = await failure(call('schools.create', input));
    expect(ms).toMatchObject({ code: 'VALIDATION', field: 'name', message: 'Nama sekolah wajib diisi' });
    expect(byField(ms)).toEqual({ name: 'Nama sekolah wajib diisi', abbreviation: 'Singkatan wajib diisi' });

    await call('settings.setLanguage', { language: 'en' });
    const en = await failure(call('schools.create', { ...input, email: 'office', wseBand: 9 }));
    expect(byField(en)).toEqual({
      name: 'School name is required',
      abbreviation: 'Abbreviation is required',
      email: 'Enter an email address such as office@school.edu.bn',
      wseBand: 'WSE band is 1 to 5',
    });
    // The rule across the leaders (one head) is checked alongside the blank fields.
    const heads = [{ role: 'head', name: 'Hajah Aminah' }, { role: 'head', name: '' }];
    expect(byField(await failure(call('schools.create', { ...input, leaders: heads })))).toEqual({
      name: 'School name is required',
      abbreviation: 'Abbreviation is required',
      'leaders.1.name': 'Leader name is required',
      leaders: 'A school has at most one head',
    });
    expect((await call<{ total: number }>('schools.list', {})).total).toBe(0);
  });

  it('tells everything a pair needs to become active in one answer', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const people = await call<MentoringPerson[]>('mentoring.people');
    const [competency] = await call<Competency[]>('competencies.list');
    const mentee = (await call<MentoringBoard>('mentoring.board', { year: 2023 })).unassigned[0] as MentoringPerson;
    const mentor = people.find((p) => p.teamRole !== null) as MentoringPerson;
    const focus = [{ competencyId: competency?.id, baseline: 2, target: 4 }];
    const pair = await call<Assignment>('assignments.create', { year: 2023, mentorId: mentor.id, menteeId: mentee.id, schedule: 'fortnightly', focus });
    expect(pair.status).toBe('proposed');

    const activate = { id: pair.id, version: pair.version, mentorId: mentor.id, schedule: 'fortnightly', focus, status: 'active' };
    const e = await failure(call('assignments.update', activate));
    expect(byField(e)).toEqual({
      appointedOn: 'An appointed pair needs its appointment date',
      referenceNo: 'An appointed pair needs the appointment reference number',
      startDate: 'An active pair needs its start date',
    });
    // With the three filled in, the same save goes through.
    const active = await call<Assignment>('assignments.update', { ...activate, appointedOn: '2023-02-15', referenceNo: 'JPS/2023/7', startDate: '2023-03-01' });
    expect(active.status).toBe('active');

    // Rules the service checks (who may mentor, which competencies) come together too.
    const refused = await failure(call('assignments.create', { year: 2024, mentorId: 999_999, menteeId: mentor.id, schedule: 'weekly', focus: [{ competencyId: 999_999, baseline: 1, target: 2 }] }));
    expect(Object.keys(byField(refused)).sort()).toEqual(['focus', 'menteeId', 'mentorId']);
  });

  it('says which school, purpose and officers a visit is missing, and still checks its dates', async () => {
    const { call } = await openApp();
    const e = await failure(call('visits.create', { schoolId: 0, purposeId: 0, date: '2024-01-10', nextVisitDate: '2024-01-01' }));
    expect(e).toMatchObject({ field: 'schoolId', message: 'Pilih sekolah' });
    expect(byField(e)).toEqual({
      schoolId: 'Pilih sekolah',
      purposeId: 'Pilih tujuan lawatan',
      nextVisitDate: 'Lawatan seterusnya mesti selepas lawatan ini',
      officerIds: 'Namakan pegawai yang membuat lawatan',
    });
    // Nothing chosen at all is the same answer, and the date rule is checked alongside.
    const blank = await failure(call('visits.create', { date: '2024-01-10', nextVisitDate: '2024-01-01', status: 'planned' }));
    expect(byField(blank)).toEqual({ schoolId: 'Pilih sekolah', purposeId: 'Pilih tujuan lawatan', nextVisitDate: 'Lawatan seterusnya mesti selepas lawatan ini' });

    await call('settings.setLanguage', { language: 'en' });
    const purposes = await call<ListEntry[]>('visits.purposes');
    const links = await failure(call('visits.create', { schoolId: 999_999, purposeId: purposes[0]?.id, date: '2024-01-10', officerIds: [999_999] }));
    expect(byField(links)).toEqual({ schoolId: 'Choose a school from the roster.', officerIds: 'Choose the officers from the cluster team.' });
  });

  it('reports every problem of an event and of a phase in one answer', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    const e = await failure(call('events.create', { title: '', startDate: '2024-03-05', endDate: '2024-03-01', allDay: false }));
    expect(byField(e)).toEqual({
      title: 'Title is required',
      endDate: 'The end date is before the start date',
      startTime: 'Enter a start time, or mark the event all-day',
      endTime: 'Enter an end time, or mark the event all-day',
    });

    await call('plan.createYear', { year: 2024 });
    const plan = await call<{ plan: { initiatives: { lanes: { id: number }[] }[] } }>('initiatives.create', { year: 2024, code: 'EPIC', name: 'EPIC' });
    const laneId = plan.plan.initiatives[0]?.lanes[0]?.id as number;
    const phase = await failure(call('phases.create', { laneId, name: 'Reading', start: '2023-01', end: '2030-01' }));
    expect(Object.keys(byField(phase))).toEqual(['start', 'end']);
    expect(phase.errors?.every((x) => x.message.includes('outside the plan'))).toBe(true);
  });

  it('keeps zod\'s own wording out: a huge number names the field in the UI language', async () => {
    const { call } = await openApp();
    const ms = await failure(call('initiatives.move', { id: 1, position: 2 ** 60 }));
    expect(ms).toMatchObject({ field: 'position', message: 'Kedudukan ialah nombor yang terlalu besar' });
    await call('settings.setLanguage', { language: 'en' });
    const en = await failure(call('visits.create', { schoolId: 1, purposeId: 1, date: '2024-01-10', officerIds: Array.from({ length: 11 }, (_, i) => i + 1) }));
    expect(byField(en).officerIds).toBe('Officers: too many entries (at most 10)');
  });
});
