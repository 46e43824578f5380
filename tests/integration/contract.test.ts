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
  'schools.list': [{ includeArchived: 'yes' }, 'includeArchived'],
  'schools.get': [{ id: '7' }, 'id'],
  'schools.create': [{ name: 42, abbreviation: 'SR A', level: 'primary' }, 'name'],
  'schools.update': [{ id: 1, name: 'Sekolah Rendah Alpha', abbreviation: 'SR A', level: 'primary', leaders: [{ role: 'head', name: ['A'] }] }, 'leaders.0.name'],
  'schools.archive': [{ id: -1 }, 'id'],
  'schools.restore': [{ id: 1.5 }, 'id'],
  'profile.get': null,
  'profile.update': [{ name: 'Kluster 2', preparedById: 'Aminah' }, 'preparedById'],
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
