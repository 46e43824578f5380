import { describe, expect, it } from 'vitest';
import { openApp } from '../helpers/tmp';

describe('demo', () => {
  it('loads 26 schools', async () => {
    const { call } = await openApp();
    await call('demo.load');
    const list = await call<{ total: number }>('schools.list', {});
    expect(list.total).toBe(26);
  });
});
