/** An event list written out by hand, for layout tests without a database: one item of every kind. */
import type { Language } from '../../../shared/dates';
import type { EventListModel } from '../../../shared/documents/event-list-model';
import { letterhead } from './fixtures';

export function eventListModel(language: Language): EventListModel {
  return {
    letterhead: letterhead(language),
    from: '2024-03-04',
    to: '2024-03-29',
    items: [
      // A term under way when the range begins is listed first, with its own dates.
      { kind: 'term', start: '2024-01-08', end: '2024-03-15', name: 'Penggal 1', initiative: null, schools: { scope: 'none' } },
      { kind: 'event', start: '2024-03-06', end: '2024-03-06', title: 'EPIC', startTime: null, endTime: null, phase: null, place: '', initiative: 'EPIC', schools: { scope: 'all' } },
      { kind: 'checkpoint', start: '2024-03-06', end: '2024-03-06', name: 'PSR', daysBefore: 20, examDate: '2024-03-26', initiative: 'STEPS', schools: { scope: 'none' } },
      {
        kind: 'event',
        start: '2024-03-07',
        end: '2024-03-07',
        title: 'Mesyuarat Pengetua',
        startTime: '08:00',
        endTime: '11:30',
        phase: 'Perancangan',
        place: 'Bilik Mesyuarat Kluster',
        initiative: 'PLC',
        schools: { scope: 'level', level: 'secondary' },
      },
      { kind: 'visit', start: '2024-03-12', end: '2024-03-12', school: 'Sekolah Rendah Dua', purpose: language === 'ms' ? 'Pencerapan pengajaran' : 'Lesson observation', planned: true, officers: ['Pegawai Satu', 'Pegawai Dua'], initiative: null, schools: { scope: 'some', abbreviations: ['SR DUA'] } },
      { kind: 'session', start: '2024-03-13', end: '2024-03-13', mentee: 'Awang Timbalan', mentor: 'Hjh Ketua', planned: false, initiative: 'MENTORING', schools: { scope: 'some', abbreviations: ['SM SATU'] } },
      { kind: 'holiday', start: '2024-03-16', end: '2024-03-24', name: 'Cuti Penggal 1', initiative: null, schools: { scope: 'none' } },
      { kind: 'event', start: '2024-03-25', end: '2024-03-27', title: 'Bengkel PD', startTime: null, endTime: null, phase: null, place: 'SM SATU', initiative: null, schools: { scope: 'some', abbreviations: ['SM SATU', 'SR DUA'] } },
      { kind: 'exam', start: '2024-03-26', end: '2024-03-26', name: 'PSR', initiative: 'STEPS', schools: { scope: 'none' } },
      { kind: 'session', start: '2024-03-27', end: '2024-03-27', mentee: 'Awang Timbalan', mentor: 'Hjh Ketua', planned: true, initiative: 'MENTORING', schools: { scope: 'some', abbreviations: ['SM SATU'] } },
    ],
    signOff: [
      { role: 'prepared', name: 'Siti Kerani', post: [language === 'ms' ? 'Kerani' : 'Clerk'], date: '2024-03-01' },
      { role: 'approved', name: 'Hjh Ketua', post: [language === 'ms' ? 'Ketua Kluster' : 'Cluster Head', 'Kluster 9'], date: null },
    ],
  };
}
