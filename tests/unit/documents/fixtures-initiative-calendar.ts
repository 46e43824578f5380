/** Initiative calendar models written out by hand: a small plan, and the largest the page is made for. */
import type { Language } from '../../../shared/dates';
import type { CalendarGridModel, CalendarInitiativeItem, InitiativeCalendarModel } from '../../../shared/documents/initiative-calendar-model';
import { checkpointDates } from '../../../shared/plan/calendar-dates';
import { tinyPng } from '../../helpers/png';
import { letterhead } from './fixtures';

/** A square logo, as clusters have them. */
export const logo = () => ({ type: 'png' as const, data: new Uint8Array(tinyPng(240, 240, [0x1f, 0x38, 0x64])), width: 240, height: 240 });

/** Brunei-like terms and holidays of 2024, a break in December, a holiday across a month's end. */
export const periods2024: CalendarGridModel['periods'] = [
  { kind: 'term', name: 'Penggal 1', start: '2024-01-02', end: '2024-03-08' },
  { kind: 'term', name: 'Penggal 2', start: '2024-03-18', end: '2024-05-31' },
  { kind: 'term', name: 'Penggal 3', start: '2024-06-17', end: '2024-09-06' },
  { kind: 'term', name: 'Penggal 4', start: '2024-09-16', end: '2024-11-22' },
  { kind: 'holiday', name: 'Hari Kebangsaan', start: '2024-02-23', end: '2024-02-23' },
  { kind: 'holiday', name: 'Hari Raya Aidilfitri', start: '2024-04-10', end: '2024-04-13' },
  { kind: 'holiday', name: 'Cuti Akhir Tahun', start: '2024-12-28', end: '2025-01-01' },
];

/** A year of Brunei's public holidays, as a clerk would enter them. */
export const publicHolidays2024: CalendarGridModel['periods'] = [
  { kind: 'holiday', name: 'Hari Tahun Baru', start: '2024-01-01', end: '2024-01-01' },
  { kind: 'holiday', name: 'Israk Mikraj', start: '2024-02-08', end: '2024-02-08' },
  { kind: 'holiday', name: 'Tahun Baru Cina', start: '2024-02-10', end: '2024-02-10' },
  { kind: 'holiday', name: 'Hari Kebangsaan', start: '2024-02-23', end: '2024-02-23' },
  { kind: 'holiday', name: 'Hari Pertama Berpuasa', start: '2024-03-12', end: '2024-03-12' },
  { kind: 'holiday', name: 'Nuzul Al-Quran', start: '2024-03-28', end: '2024-03-28' },
  { kind: 'holiday', name: 'Hari Raya Aidilfitri', start: '2024-04-10', end: '2024-04-13' },
  { kind: 'holiday', name: 'Hari Angkatan Bersenjata Diraja Brunei', start: '2024-05-31', end: '2024-05-31' },
  { kind: 'holiday', name: 'Hari Raya Aidiladha', start: '2024-06-17', end: '2024-06-17' },
  { kind: 'holiday', name: 'Awal Tahun Hijrah', start: '2024-07-07', end: '2024-07-07' },
  { kind: 'holiday', name: 'Hari Keputeraan KDYMM Sultan', start: '2024-07-15', end: '2024-07-15' },
  { kind: 'holiday', name: 'Maulidur Rasul', start: '2024-09-16', end: '2024-09-16' },
  { kind: 'holiday', name: 'Hari Krismas', start: '2024-12-25', end: '2024-12-25' },
];

export const exams2024: NonNullable<CalendarGridModel['exams']> = [
  { name: 'PSR', date: '2024-09-23', initiativeCode: 'STEPS', checkpoints: checkpointDates('2024-09-23') },
  { name: 'O Level', date: '2024-10-21', initiativeCode: 'STEPS', checkpoints: checkpointDates('2024-10-21', [50, 20]) },
];

/** A small plan: two initiatives, one with two lanes, one with none yet. */
export function smallCalendar(language: Language, opts: { logo?: boolean } = {}): InitiativeCalendarModel {
  return {
    letterhead: { ...letterhead(language), logo: opts.logo ? logo() : null },
    calendar: {
      year: 2024,
      window: { start: '2024-01', months: 13 },
      initiatives: [
        {
          code: 'EPIC',
          name: 'Executive Professional Intellectual Collaboration',
          colour: '#2f6fb3',
          lanes: [
            { phases: [{ name: 'Reading and Research', start: '2024-03', end: '2024-04' }, { name: 'Showcase', start: '2024-11', end: '2025-01' }] },
            { phases: [{ name: 'Classroom Collaboration', start: '2024-01', end: '2024-09' }] },
          ],
        },
        { code: 'PD CYCLE', name: 'PD Cycle', colour: '#d68910', lanes: [{ phases: [{ name: 'PD Cycle 1', start: '2024-02', end: '2024-02' }] }] },
        { code: 'WILL', name: 'WSE Initiative Leadership Learning Circle', colour: '#1e8449', lanes: [] },
      ],
      periods: periods2024,
      exams: exams2024,
    },
    signOff: [
      { role: 'prepared', name: 'Siti Kerani', post: [language === 'ms' ? 'Kerani' : 'Clerk'], date: '2024-03-01' },
      { role: 'approved', name: 'Hjh Ketua', post: [language === 'ms' ? 'Ketua Kluster' : 'Cluster Head', 'Kluster 9'], date: null },
    ],
  };
}

const CODES = ['EPIC', 'STEPS', 'MENTORING & COACHING', 'SIP PEER REVIEW', 'PD CYCLE', 'WILL', 'PACTS', 'PSBC', 'LITERACY', 'NUMERACY', 'DIGITAL', 'WELLBEING'];
const NAMES = [
  'Executive Professional Intellectual Collaboration',
  'Progress Review (School Leaders, Teachers Engaging Parallel Sessions)',
  'Mentoring and Coaching (Selected School Leaders)',
  'Peer Review School Improvement Plan',
  'Professional Development Cycle for Teachers',
  'WSE Initiative Leadership Learning Circle',
  'Problem-Based and Active-Learning for Cluster Two Schools',
  'Primary Subject Based Committee',
  'Literacy for All Learners in the Early Years',
  'Numeracy Across the Curriculum',
  'Digital Teaching and Learning Champions',
  'Student and Staff Wellbeing Programme',
];
const COLOURS = ['#2f6fb3', '#c0392b', '#1e8449', '#8e44ad', '#d68910', '#117a65', '#6d4c41', '#b03a75', '#34495e', '#7d8c17', '#2f6fb3', '#c0392b'];

/** The page's limit: 12 initiatives of 3 lanes, long names, one-month phases, a year of public holidays, three exams. */
export function fullCalendar(language: Language, opts: { logo?: boolean } = { logo: true }): InitiativeCalendarModel {
  const initiatives: CalendarInitiativeItem[] = CODES.map((code, n) => ({
    code,
    name: NAMES[n] ?? code,
    colour: COLOURS[n] ?? '#2f6fb3',
    lanes: [
      {
        phases: [
          { name: `${code} Socialization and Briefing`, start: '2024-01', end: '2024-02' },
          { name: 'Reading and Research', start: '2024-03', end: '2024-04' },
          { name: 'Leadership Sharing and School Visits', start: '2024-05', end: '2024-09' },
          { name: 'Report', start: '2024-10', end: '2024-10' },
        ],
      },
      { phases: [{ name: 'Evidence Collection and Monitoring', start: '2024-01', end: '2024-09' }, { name: 'Review', start: '2024-11', end: '2024-11' }] },
      { phases: [{ name: 'Planning', start: '2024-01', end: '2024-01' }, { name: 'Implementation in Classroom', start: '2024-02', end: '2024-06' }, { name: 'Showcase', start: '2024-12', end: '2025-01' }] },
    ],
  }));
  const m = smallCalendar(language, opts);
  const exams = [...exams2024, { name: 'A Level', date: '2024-11-04', initiativeCode: 'STEPS', checkpoints: checkpointDates('2024-11-04') }];
  return { ...m, calendar: { ...m.calendar, initiatives, periods: [...periods2024.filter((p) => p.kind === 'term'), ...publicHolidays2024], exams } };
}

/** Every phase of a model, with its initiative's position, its lane and its place in the lane. */
export const phasesOf = (m: InitiativeCalendarModel) => m.calendar.initiatives.flatMap((i) => i.lanes.flatMap((l) => l.phases.map((p) => ({ ...p, colour: i.colour }))));
