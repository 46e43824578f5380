/**
 * The event list: its report model loaded from a real database (range edges, every kind, a fixed number of
 * queries), the request refused at its field, and one LibreOffice reading per language.
 */
import { describe, expect, it } from 'vitest';
import { loadEventListModel } from '../../electron/services/calendar/event-list-model';
import type { EventListItem } from '../../shared/documents/event-list-model';
import type { DocumentFile, SchoolSummary, TeamMember } from '../../shared/domain';
import type { AssignmentSummary, MentoringBoard } from '../../shared/mentoring/types';
import type { ListEntry } from '../../shared/visits/types';
import { failure } from '../helpers/api';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { replaceDemoDates } from '../helpers/demo-dates';
import { openApp } from '../helpers/tmp';
import { counted } from '../helpers/counted';

type Call = Awaited<ReturnType<typeof openApp>>['call'];

/**
 * The demo (EPIC every Wednesday for all 26 schools from 1 February; 16 mentoring pairs from 1 March, fourteen
 * meeting on 8 March and ten on 22 March; its term-2 visits from 20 March) with the office's own terms,
 * holidays and exams in place of the demo's, and items placed on both sides of each edge of 8–22 March 2023.
 */
async function demoWithEdges() {
  const app = await openApp(undefined, { language: 'en' });
  const { call } = app;
  await call('demo.load');
  const schools = (await call<{ items: SchoolSummary[] }>('schools.list', { sort: 'number' })).items;
  const team = await call<TeamMember[]>('team.list');
  const officer = team.find((m) => m.role === 'officer') as TeamMember;
  const [purpose] = await call<ListEntry[]>('visits.purposes', {});
  const school = (abbr: string) => schools.find((s) => s.abbreviation === abbr)?.id;
  const secondary = schools.filter((s) => s.level === 'secondary').map((s) => s.id);
  await replaceDemoDates(call);

  for (const [kind, name, start, end] of [
    ['term', 'Penggal 1', '2023-01-02', '2023-03-07'],
    ['holiday', 'Cuti Penggal 1', '2023-03-08', '2023-03-19'],
    ['term', 'Penggal 2', '2023-03-20', '2023-06-02'],
    ['holiday', 'Cuti Hari Raya', '2023-04-20', '2023-04-25'],
  ] as const) {
    await call('periods.create', { kind, name, nameEn: name === 'Cuti Penggal 1' ? 'Term 1 Holiday' : '', start, end });
  }
  await call('events.create', { title: 'Bengkel A', startDate: '2023-03-06', endDate: '2023-03-08', schoolIds: secondary });
  await call('events.create', { title: 'Taklimat B', startDate: '2023-03-07', endDate: '2023-03-07' });
  await call('events.create', { title: 'Mesyuarat C', startDate: '2023-03-22', endDate: '2023-03-22', allDay: false, startTime: '08:00', endTime: '11:30', place: 'Bilik Mesyuarat', schoolIds: [school('PTM'), school('SM PAPHM')] });
  await call('events.create', { title: 'Hari Sukan D', startDate: '2023-03-23', endDate: '2023-03-23', schoolIds: [school('PTM')] });
  // 34, 20 and 19 days before 11 April: 8, 22 and 23 March.
  await call('exams.create', { name: 'PSR', date: '2023-04-11', checkpointDays: [34, 20, 19] });
  await call('exams.create', { name: 'Ujian', date: '2023-03-22', checkpointDays: [] });
  await call('exams.create', { name: 'Ujian Lama', date: '2023-03-07', checkpointDays: [] });
  for (const [date, status, abbr] of [
    ['2023-03-07', 'done', 'PTM'],
    ['2023-03-08', 'done', 'SR HMS'],
    ['2023-03-15', 'cancelled', 'SR HMS'],
    ['2023-03-22', 'planned', 'SR TJ'],
    ['2023-03-23', 'planned', 'SR TJ'],
  ] as const) {
    await call('visits.create', { schoolId: school(abbr), date, purposeId: purpose?.id, status, officerIds: status === 'done' ? [officer.id] : [] });
  }
  // The eighth pair (one that has not met yet) meets on 2 March and agrees to meet next on 16 March.
  const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
  const pairs = [...board.mentors.flatMap((m) => m.assignments), ...board.ended].sort((a, b) => a.referenceNo.localeCompare(b.referenceNo));
  const eighth = pairs[7] as AssignmentSummary;
  expect(eighth.sessionsHeld).toBe(0);
  await call('sessions.create', { assignmentId: eighth.id, date: '2023-03-02', durationMinutes: 60, mode: 'meeting', nextDate: '2023-03-16' });
  // An archived school does not stop EPIC counting as every school.
  await call('schools.archive', { id: schools.at(-1)?.id });
  return { ...app, schools, officer, pairs, school };
}

const at = (items: EventListItem[], kind: EventListItem['kind']) => items.filter((i) => i.kind === kind);

describe('the event list model', () => {
  it('names terms, holidays and phases in the document language, Malay where no English is written', async () => {
    const { ctx } = await demoWithEdges();
    const names = async (language: 'ms' | 'en') =>
      (await loadEventListModel(ctx.db(), '2023-03-08', '2023-03-22', language, '2024-03-01')).items.flatMap((i) => (i.kind === 'term' || i.kind === 'holiday' ? [i.name] : []));
    expect(await names('ms')).toEqual(['Cuti Penggal 1', 'Penggal 2']);
    expect(await names('en')).toEqual(['Term 1 Holiday', 'Penggal 2']);
  });

  it('holds everything that touches 8–22 March and nothing outside, in the order a reader meets it', async () => {
    const { ctx, call, officer, pairs, school } = await demoWithEdges();
    const first = counted(ctx.db());
    const m = await loadEventListModel(first.db, '2023-03-08', '2023-03-22', 'ms', '2024-03-01');
    expect(m.from).toBe('2023-03-08');
    expect(m.to).toBe('2023-03-22');

    // Computed by hand: holiday and term 2; Bengkel A, EPIC ×3, Mesyuarat C; checkpoints of 8 and 22 March and
    // the exam of 22 March; the two visits not cancelled and the demo's visits of 20 and 21 March; 14 + 10
    // sessions held and the one agreed for 16 March.
    const counts = Object.fromEntries(['term', 'holiday', 'event', 'exam', 'checkpoint', 'visit', 'session'].map((k) => [k, at(m.items, k as EventListItem['kind']).length]));
    expect(counts).toEqual({ term: 1, holiday: 1, event: 5, exam: 1, checkpoint: 2, visit: 4, session: 25 });
    expect(m.items).toHaveLength(39);

    const line = (i: EventListItem) => {
      switch (i.kind) {
        case 'event':
          return `${i.start} event ${i.title}`;
        case 'session':
          return `${i.start} session${i.planned ? ' planned' : ''}`;
        case 'visit':
          return `${i.start} visit${i.planned ? ' planned' : ''}`;
        case 'checkpoint':
          return `${i.start} checkpoint ${i.name} ${i.daysBefore}`;
        default:
          return `${i.start} ${i.kind} ${i.name}`;
      }
    };
    const session = (start: string, n: number) => Array<string>(n).fill(`${start} session`);
    expect(m.items.map(line)).toEqual([
      '2023-03-08 holiday Cuti Penggal 1',
      '2023-03-08 checkpoint PSR 34',
      '2023-03-06 event Bengkel A',
      '2023-03-08 event EPIC',
      '2023-03-08 visit',
      ...session('2023-03-08', 14),
      '2023-03-15 event EPIC',
      '2023-03-16 session planned',
      '2023-03-20 term Penggal 2',
      '2023-03-20 visit',
      '2023-03-21 visit',
      '2023-03-22 exam Ujian',
      '2023-03-22 checkpoint PSR 20',
      '2023-03-22 event EPIC',
      '2023-03-22 event Mesyuarat C',
      '2023-03-22 visit planned',
      ...session('2023-03-22', 10),
    ]);

    // Whom each is for: every school (an archived one aside), one level, some schools by abbreviation, none.
    const byTitle = (title: string) => at(m.items, 'event').find((i) => i.kind === 'event' && i.title === title);
    expect(byTitle('EPIC')?.schools).toEqual({ scope: 'all' });
    expect(byTitle('Bengkel A')?.schools).toEqual({ scope: 'level', level: 'secondary' });
    expect(byTitle('Mesyuarat C')).toMatchObject({ startTime: '08:00', endTime: '11:30', place: 'Bilik Mesyuarat', initiative: null, schools: { scope: 'some', abbreviations: ['PTM', 'SM PAPHM'] } });
    expect(byTitle('EPIC')?.initiative).toBe('EPIC');
    expect(at(m.items, 'checkpoint')[0]).toMatchObject({ examDate: '2023-04-11', initiative: 'STEPS', schools: { scope: 'none' } });
    expect(at(m.items, 'visit')).toEqual([
      { kind: 'visit', start: '2023-03-08', end: '2023-03-08', school: 'Sekolah Rendah Haji Mohd Salleh, Sungai Hanching', purpose: expect.any(String) as string, planned: false, officers: [officer.name], initiative: null, schools: { scope: 'some', abbreviations: ['SR HMS'] } },
      { kind: 'visit', start: '2023-03-20', end: '2023-03-20', school: 'Pusat Tingkatan Enam Meragang', purpose: 'Pencerapan pengajaran', planned: false, officers: ['Mazleyati binti Hj Ramlee', 'Pg Irdawati binti Pg Hj Sulaiman'], initiative: null, schools: { scope: 'some', abbreviations: ['PTM'] } },
      { kind: 'visit', start: '2023-03-21', end: '2023-03-21', school: 'Sekolah Menengah Sultan Muhammad Jamalul Alam', purpose: 'Lawatan sekolah', planned: false, officers: ['Dk Suryani binti Pg Hj Md Yasin'], initiative: null, schools: { scope: 'some', abbreviations: ['SMJA'] } },
      { kind: 'visit', start: '2023-03-22', end: '2023-03-22', school: 'Sekolah Rendah Tanah Jambu', purpose: expect.any(String) as string, planned: true, officers: [], initiative: null, schools: { scope: 'some', abbreviations: ['SR TJ'] } },
    ]);
    const planned = at(m.items, 'session').find((i) => i.kind === 'session' && i.planned);
    const eighth = pairs[7] as AssignmentSummary;
    expect(planned).toMatchObject({ mentee: eighth.mentee.name, mentor: eighth.mentor.name, schools: { scope: 'some', abbreviations: [eighth.mentee.school] } });
    expect(m.signOff.map((s) => [s.role, s.name])).toEqual([
      ['prepared', 'Rosnani binti Zalani'],
      ['approved', 'Hjh Sarifah binti Hj Matsawali'],
    ]);

    // More schools, events, exams, visits and sessions: the same items less or more, and not one query more.
    const [purpose] = await call<ListEntry[]>('visits.purposes', {});
    for (const n of [27, 28, 29]) await call('schools.create', { number: n, name: `Sekolah Rendah Baru ${n}`, abbreviation: `SR B${n}`, level: 'primary' });
    for (const day of ['09', '10', '13']) {
      await call('events.create', { title: `Acara ${day}`, startDate: `2023-03-${day}`, endDate: `2023-03-${day}`, schoolIds: [school('SR TJ')] });
      await call('visits.create', { schoolId: school('SR MEN'), date: `2023-03-${day}`, purposeId: purpose?.id, status: 'done', officerIds: [officer.id] });
      await call('exams.create', { name: `Ujian ${day}`, date: `2023-03-${day}`, checkpointDays: [1] });
    }
    // The other pair that has not met meets on 14 March.
    await call('sessions.create', { assignmentId: (pairs[14] as AssignmentSummary).id, date: '2023-03-14', durationMinutes: 60, mode: 'meeting' });
    const second = counted(ctx.db());
    const more = await loadEventListModel(second.db, '2023-03-08', '2023-03-22', 'en', '2024-03-01');
    // 3 events, 3 visits, 3 exams with a checkpoint each (8, 9 and 12 March), and the new session.
    expect(more.items).toHaveLength(39 + 3 + 3 + 6 + 1);
    // EPIC is for every school still: the new schools joined after its schools were chosen.
    expect(more.items.find((i) => i.kind === 'event' && i.title === 'EPIC')?.schools).toEqual({ scope: 'some', abbreviations: expect.any(Array) as string[] });
    expect(second.seen.queries).toBe(first.seen.queries);
    // The letterhead and who signs; schools; events and their schools, people, skipped and edited dates;
    // exams; visits and officers; sessions and pairs; the mentoring initiative; terms and holidays. Each of the
    // four link reads finds the range's events again in a subquery, which the plugin counts as a query too.
    expect(first.seen.queries).toBe(17 + 4);
  });
});

describe('the event list document', () => {
  const render = (call: Call, from: string, to: string, language: 'ms' | 'en') => call<DocumentFile>('documents.render', { kind: 'event-list', from, to, language });

  it('refuses a range that ends before it starts, at the field', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    expect(await failure(render(call, '2023-03-01', '2023-02-01', 'ms'))).toMatchObject({ code: 'VALIDATION', field: 'to' });
  });

  it.each([
    ['ms', 'SENARAI ACARA KLUSTER 2', '8–22 Mac 2023 · 39 acara', ['Cuti Penggal 1', 'PSR: 34 hari lagi', 'Semua sekolah menengah', 'Semua sekolah', 'Lawatan sekolah · dirancang', 'Disediakan oleh:', 'Disahkan oleh:'], 'Hari Sukan D'],
    ['en', 'KLUSTER 2 EVENT LIST', '8–22 March 2023 · 39 events', ['Term 1 Holiday', 'PSR: 34 days to go', 'All secondary schools', 'All schools', 'School visit · planned', 'Prepared by:', 'Approved by:'], 'Hari Sukan D'],
  ] as const)('opens in LibreOffice in %s with every row, and no page holding only the sign-off', async (language, heading, subtitle, words, outside) => {
    const { call } = await demoWithEdges();
    const file = await render(call, '2023-03-08', '2023-03-22', language);
    expect(file.fileName).toMatch(language === 'ms' ? /^Senarai Acara Kluster 2 \(8–22 Mac 2023\) \d{4}-\d{2}-\d{2}\.docx$/ : /^Kluster 2 Event List \(8–22 March 2023\) \d{4}-\d{2}-\d{2}\.docx$/);
    const pdf = await toPdf(file.data);
    const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/[\s\u00a0]+/g, ' '));
    expect(await pdfPages(pdf)).toBe(pages.length);
    const all = pages.join(' ');
    for (const w of [heading, subtitle, ...words]) expect(all, w).toContain(w);
    expect(all).not.toContain(outside);
    expect(all).not.toContain('Taklimat B');
    // Every session row names its mentee; the sign-off shares its page with the last rows.
    expect(all.split('Mentoring: ').length - 1).toBe(25);
    const last = pages.at(-1) ?? '';
    expect(last).toContain(language === 'ms' ? '22 Mac 2023' : '22 March 2023');
    expect(last).toContain('(Rosnani binti Zalani)');
  });
});
