import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api, methods, type Method } from '../../shared/api';
import type { ApiError } from '../../shared/errors';
import { openApp } from '../helpers/tmp';

/** Zod's own wording, which must never reach a person. */
const JARGON = /Invalid input|\bexpected\b|\breceived\b|ZodError|invalid_type|too_small|too_big|\bcustom\b|NaN|undefined|\[object/i;

/** For every method: an input of the right shape with one wrong-typed field, and the field at fault (null: a method without input). */
const wrongField: { [M in Method]: [input: unknown, field: string] | null } = {
  'app.status': null,
  'demo.load': null,
  'app.years': null,
  'schools.list': [{ includeArchived: 'yes' }, 'includeArchived'],
  'schools.get': [{ id: '7' }, 'id'],
  'schools.create': [{ name: 42, abbreviation: 'SR A', level: 'primary' }, 'name'],
  'schools.update': [{ id: 1, version: 1, name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary', leaders: [{ role: 'head', name: ['A'] }] }, 'leaders.0.name'],
  'schools.archive': [{ id: -1 }, 'id'],
  'schools.restore': [{ id: 1.5 }, 'id'],
  'schools.overview': [{ id: 'SR A' }, 'id'],
  'profile.get': null,
  'profile.update': [{ name: 'Kluster 2', version: 1, preparedById: 'Aminah' }, 'preparedById'],
  'profile.getLogo': null,
  'profile.setLogo': [{ contentType: 'image/png', dataBase64: 123 }, 'dataBase64'],
  'profile.clearLogo': null,
  'team.list': null,
  'team.save': [{ members: 'Aminah' }, 'members'],
  'settings.setLanguage': [{ language: true }, 'language'],
  'backups.list': null,
  'backups.create': null,
  'backups.restore': [{ name: 20240101 }, 'name'],
  'recovery.startEmpty': null,
  'documents.render': [{ kind: 'school-roster', language: 1 }, 'language'],
  'documents.signatories': null,
  'documents.setSignatories': [{ approvedById: 'head' }, 'approvedById'],
  'documents.pack': [{ year: 2024, term: 9, language: 'ms' }, 'term'],
  'documents.issue': [{ request: { kind: 'school-roster', language: 'ms' }, keepReference: 7 }, 'keepReference'],
  'documents.previousIssue': [{ request: { kind: 'visit-report', visitId: 'one', language: 'ms' } }, 'request.visitId'],
  'documents.register': [{ year: 'this year' }, 'year'],
  'documents.setReferencePattern': [{ pattern: 42 }, 'pattern'],
  'plan.years': null,
  'plan.get': [{ year: '2023' }, 'year'],
  'plan.createYear': [{ year: 2024, windowMonths: 'thirteen' }, 'windowMonths'],
  'plan.setWindow': [{ year: 2024, windowStart: 202401, windowMonths: 13 }, 'windowStart'],
  'plan.copyForward': [{ year: 2023.5 }, 'year'],
  'initiatives.create': [{ year: 2024, code: 'EPIC', name: 'EPIC', targetLevels: ['college'] }, 'targetLevels.0'],
  'initiatives.update': [{ id: 1, version: 1, code: 'EPIC', name: 'EPIC', ownerId: 'Aminah' }, 'ownerId'],
  'initiatives.delete': [{ id: 'EPIC' }, 'id'],
  'initiatives.restore': [{ id: 0 }, 'id'],
  'initiatives.move': [{ id: 1, position: -1 }, 'position'],
  'initiatives.setProfileOrder': [{ year: 2024, ids: [1, 'two'] }, 'ids.1'],
  'lanes.create': [{ initiativeId: '1' }, 'initiativeId'],
  'lanes.update': [{ id: 1, version: 1, name: 7 }, 'name'],
  'lanes.delete': [{ id: null }, 'id'],
  'lanes.restore': [{ id: [] }, 'id'],
  'lanes.move': [{ id: 1, position: 'top' }, 'position'],
  'phases.create': [{ laneId: 1, name: 'Reading', start: 'March', end: '2024-04' }, 'start'],
  'phases.update': [{ id: 1, version: 1, name: 'Reading', start: '2024-03', end: 202404 }, 'end'],
  'phases.delete': [{ id: true }, 'id'],
  'phases.restore': [{ id: {} }, 'id'],
  'events.list': [{ from: '2023-02-01', to: '2023-02-30' }, 'to'],
  'events.get': [{ id: 'x' }, 'id'],
  'events.create': [{ title: 'EPIC', startDate: '2023-02-01', endDate: '2023-02-01', allDay: 'yes' }, 'allDay'],
  'events.update': [{ id: 1, version: 1, title: 'EPIC', startDate: '01/02/2023', endDate: '2023-02-01' }, 'startDate'],
  'events.delete': [{ id: -3 }, 'id'],
  'events.skipOccurrence': [{ id: 1, date: 'Wednesday' }, 'date'],
  'events.editOccurrence': [{ seriesId: 1, occurrenceDate: '2023-02-01', title: 'EPIC', startDate: '2023-02-01', endDate: '2023-02-01', schoolIds: ['SR A'] }, 'schoolIds.0'],
  'periods.list': [{ year: 'this year' }, 'year'],
  'periods.create': [{ kind: 'vacation', name: 'Hari Raya', start: '2024-04-10', end: '2024-04-11' }, 'kind'],
  'periods.update': [{ id: 1, version: 1, kind: 'holiday', name: 'Hari Raya', start: '2024-04-10', end: '2024-04-31' }, 'end'],
  'periods.delete': [{ id: '1' }, 'id'],
  'periods.import': [{ kind: 'holiday', csv: ['2024-01-01,New Year'] }, 'csv'],
  'exams.list': [{ year: 1066 }, 'year'],
  'exams.create': [{ name: 'PSR', date: '2024-09-25', checkpointDays: '150,100' }, 'checkpointDays'],
  'exams.update': [{ id: 1, version: 1, name: 'PSR', date: '2024-09-25', initiativeId: 'STEPS' }, 'initiativeId'],
  'exams.delete': [{ id: 2.5 }, 'id'],
  'mentoring.years': null,
  'mentoring.board': [{ year: '2023' }, 'year'],
  'mentoring.people': null,
  'mentoring.setPerson': [{ personId: 1, newlyAppointed: 'yes', canMentor: false }, 'newlyAppointed'],
  'mentoring.setLoadLimit': [{ limit: 0 }, 'limit'],
  'competencies.list': [{ includeArchived: 1 }, 'includeArchived'],
  'competencies.save': [{ code: 'SL9', nameMs: 'Nama', nameEn: 42 }, 'nameEn'],
  'competencies.setArchived': [{ id: 1, archived: 'no' }, 'archived'],
  'assignments.get': [{ id: 'one' }, 'id'],
  'assignments.create': [{ year: 2023, mentorId: 1, menteeId: 2, schedule: 'daily', focus: [] }, 'schedule'],
  'assignments.update': [{ id: 1, version: 1, mentorId: 1, schedule: 'weekly', focus: [{ competencyId: 1, baseline: 6, target: 4 }] }, 'focus.0.baseline'],
  'assignments.end': [{ id: 1, version: 1, status: 'finished', endedOn: '2023-09-30' }, 'status'],
  'assignments.delete': [{ id: 0 }, 'id'],
  'sessions.create': [{ assignmentId: 1, date: '2023-03-08', durationMinutes: 'an hour', mode: 'visit' }, 'durationMinutes'],
  'sessions.update': [{ id: 1, version: 1, date: '2023-03-08', durationMinutes: 60, mode: 'phone' }, 'mode'],
  'sessions.delete': [{ id: -1 }, 'id'],
  'actions.setDone': [{ id: 1, doneOn: '2023-13-01' }, 'doneOn'],
  'assessments.create': [{ assignmentId: 1, competencyId: 1, date: '2023-05-01', level: 'Tahap 4' }, 'level'],
  'assessments.delete': [{ id: 'x' }, 'id'],
  'visits.purposes': [{ includeArchived: 'yes' }, 'includeArchived'],
  'visits.savePurpose': [{ code: 'visit', nameMs: 'Lawatan', nameEn: 7 }, 'nameEn'],
  'visits.setPurposeArchived': [{ id: 1, archived: 'no' }, 'archived'],
  'rubric.list': [{ includeArchived: 0 }, 'includeArchived'],
  'rubric.save': [{ code: 42, nameMs: 'Kriteria', nameEn: 'Criterion' }, 'code'],
  'rubric.setArchived': [{ id: 'plan', archived: true }, 'id'],
  'visits.list': [{ from: '2024-01-01', to: '2024-02-30' }, 'to'],
  'visits.get': [{ id: 'x' }, 'id'],
  'visits.create': [{ schoolId: 1, date: '2024-01-10', purposeId: 1, status: 'finished' }, 'status'],
  'visits.update': [{ id: 1, version: 1, schoolId: 1, date: '2024-01-10', purposeId: 1, officerIds: ['Aminah'] }, 'officerIds.0'],
  'visits.delete': [{ id: -1 }, 'id'],
  'observations.save': [{ visitId: 1, teacher: 'Cikgu A', ratings: [{ criterionId: 1, rating: 5 }] }, 'ratings.0.rating'],
  'observations.delete': [{ id: 1.5 }, 'id'],
  'today.get': [{ asOf: 20240306 }, 'asOf'],
  'today.setOptions': [{ me: null, staleDays: 'thirty' }, 'staleDays'],
  'nextSteps.followUp': [{ schoolId: 'SR A' }, 'schoolId'],
  'nextSteps.close': [{ id: 1, closedOn: '2024-13-01', note: 'Done' }, 'closedOn'],
  'nextSteps.reopen': [{ id: null }, 'id'],
  'terms.list': [{ year: '2024' }, 'year'],
  'visits.coverage': [{ year: 2024, term: 7 }, 'term'],
  'visits.ratings': [{ year: '2024' }, 'year'],
  'visits.setWeeklyTarget': [{ target: 0 }, 'target'],
  'termReports.get': [{ schoolId: 'all', year: 2024, term: 1 }, 'schoolId'],
  'termReports.save': [{ schoolId: null, year: 2024, term: 1, version: 0, narrative: 42 }, 'narrative'],
  'search.query': [{ text: 'mentiri', limit: 'ten' }, 'limit'],
  'support.ranking': [{ year: 1999 }, 'year'],
  'support.setContext': [{ schoolId: 1, context: 'rich' }, 'context'],
  'exports.render': [{ kind: 'coverage', year: 2023, term: 'two', language: 'ms' }, 'term'],
  'imports.preview': [{ kind: 'schools', file: 'UEsDBA==', fileName: 7 }, 'fileName'],
  'imports.commit': [{ previewId: 42 }, 'previewId'],
  'results.years': null,
  'results.list': [{ year: '2024' }, 'year'],
  'results.save': [{ year: 2024, examTypeId: 1, rows: [{ schoolId: 1, subjectId: 1, sat: '40', passed: 20 }] }, 'rows.0.sat'],
  'results.school': [{ schoolId: 'SR A' }, 'schoolId'],
  'results.cluster': [{ examTypeId: 'PSR' }, 'examTypeId'],
  'results.examTypes': [{ includeArchived: 'yes' }, 'includeArchived'],
  'results.saveExamType': [{ code: 7, nameMs: 'PSR', nameEn: 'PSR' }, 'code'],
  'results.setExamTypeArchived': [{ id: 1, archived: 'yes' }, 'archived'],
  'results.subjects': [{ includeArchived: 1 }, 'includeArchived'],
  'results.saveSubject': [{ code: 'ENG', nameMs: ['BI'], nameEn: 'English' }, 'nameMs'],
  'results.setSubjectArchived': [{ id: 'ENG', archived: true }, 'id'],
  'checkpoints.reviews': [{ year: 'this year' }, 'year'],
  'checkpoints.save': [{ examId: 1, daysBefore: 100, rows: [{ schoolId: 1, status: 'fine', note: '' }] }, 'rows.0.status'],
  'attendance.get': [{ eventId: 1, occurrenceDate: '2023-02-30' }, 'occurrenceDate'],
  'attendance.save': [{ eventId: 1, occurrenceDate: '2023-02-01', people: [{ personId: 'Aminah' }] }, 'people.0.personId'],
  'measures.list': [{ year: '2023' }, 'year'],
  'measures.save': [{ initiativeId: 1, measures: [{ labelMs: 'Hadir', kind: 'result-change', target: 5 }] }, 'measures.0.examTypeId'],
  'sip.get': [{ schoolId: 1, year: '2024' }, 'year'],
  'sip.save': [{ schoolId: 1, year: 2024, version: 0, priorities: [{ title: 'Results', targets: [{ measure: 'A–C %', target: 'sixty', dueDate: '2024-10-31' }] }] }, 'priorities.0.targets.0.target'],
  'sip.list': [{ year: 1999 }, 'year'],
  'sip.copyForward': [{ schoolId: 'SR A', fromYear: 2024 }, 'schoolId'],
  'wse.aspects': null,
  'wse.saveAspect': [{ domainId: 1, code: 1.1, nameMs: 'Aspek' }, 'code'],
  'wse.archiveAspect': [{ id: 'one' }, 'id'],
  'wse.restoreAspect': [{ id: 0 }, 'id'],
  'wse.deleteAspect': [{ id: null }, 'id'],
  'wse.saveDomain': [{ id: 1, version: 1, nameMs: 7 }, 'nameMs'],
  'wse.bands': [{ schoolId: 'SR A' }, 'schoolId'],
  'wse.saveBand': [{ schoolId: 1, year: 2023, band: 3, kind: 'external', date: '2023-01-01' }, 'kind'],
  'wse.deleteBand': [{ id: -3 }, 'id'],
  'wse.ratings': [{ schoolId: 1, year: 'this year' }, 'year'],
  'wse.saveRatings': [{ schoolId: 1, year: 2024, ratings: [{ aspectId: 1, rating: 'good' }] }, 'ratings.0.rating'],
  'rubric.aspects': null,
  'rubric.setAspect': [{ criterionId: 1, aspectId: 'x' }, 'aspectId'],
};

function clean(error: ApiError, label: string) {
  expect(error.code, label).toBe('VALIDATION');
  expect(error.message, label).not.toMatch(JARGON);
  expect(error.message.length, label).toBeGreaterThan(5);
}

describe('the API contract', () => {
  it('rejects wrong-typed input for every method in plain words', async () => {
    const { dispatch } = await openApp();
    for (const method of methods) {
      // Whatever the method, a bare number, a string or a list is not an input.
      for (const input of [42, 'schools', ['a']]) {
        const r = await dispatch(method, input);
        expect(r.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
        if (!r.ok) clean(r.error, `${method} ${JSON.stringify(input)}: ${r.error.message}`);
      }

      const schema = api[method].input;
      const takesNothing = schema instanceof z.ZodObject && Object.keys(schema.shape).length === 0;
      const bad = wrongField[method];
      if (bad === null) {
        expect(takesNothing, `${method} takes input: give it a wrong-typed case`).toBe(true);
        const r = await dispatch(method, { colour: 'blue' });
        expect(r.ok, method).toBe(false);
        if (!r.ok) {
          clean(r.error, `${method}: ${r.error.message}`);
          expect(r.error.message, method).toContain('colour');
        }
      } else {
        expect(takesNothing, `${method} takes no input`).toBe(false);
        const [input, field] = bad;
        const r = await dispatch(method, input);
        expect(r.ok, method).toBe(false);
        if (!r.ok) {
          clean(r.error, `${method}: ${r.error.message}`);
          expect(r.error.field, method).toBe(field);
        }
        // A required field left out names the field too.
        const required = schema instanceof z.ZodObject ? Object.entries(schema.shape as Record<string, z.ZodType>).find(([, s]) => !s.safeParse(undefined).success) : undefined;
        if (required) {
          const missing = await dispatch(method, {});
          expect(missing.ok, method).toBe(false);
          if (!missing.ok) {
            clean(missing.error, `${method} {}: ${missing.error.message}`);
            expect(missing.error.field, `${method} {}`).toBe(required[0]);
          }
        }
      }
    }
  });

  it('answers UNKNOWN_METHOD for a method that does not exist', async () => {
    const { dispatch } = await openApp();
    for (const method of ['schools.drop', 'toString', '__proto__', 'constructor', '']) {
      const r = await dispatch(method, {});
      expect(r, method).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('runs a valid call through to its handler', async () => {
    const { dispatch } = await openApp();
    expect(await dispatch('schools.list', undefined)).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await dispatch('app.status', null)).toMatchObject({ ok: true, value: { state: 'ready' } });
  });
});
