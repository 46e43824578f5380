import { describe, expect, it } from 'vitest';
import { mergeDraft, sameValue } from '../../shared/draft-merge';

type School = {
  id: number;
  version: number;
  name: string;
  phone: string;
  notes: string;
  leaders: { id?: number; name: string; title: string }[];
};

const base: School = {
  id: 7,
  version: 3,
  name: 'Sekolah Rendah Mentiri',
  phone: '2345678',
  notes: '',
  leaders: [
    { id: 1, name: 'Hjh Aminah', title: 'Guru Besar' },
    { id: 2, name: 'Awg Salleh', title: 'Penolong Guru Besar' },
  ],
};

describe('re-applying the user’s edits on a record changed elsewhere', () => {
  it('keeps what the user changed, takes the rest and the new version from the stored record', () => {
    const mine = { ...base, phone: '2999999' };
    const theirs = { ...base, version: 4, notes: 'Renovation in term 3' };
    expect(mergeDraft(base, mine, theirs)).toEqual({ ...base, version: 4, phone: '2999999', notes: 'Renovation in term 3' });
  });

  it('the user wins on a field both changed (the form shows what the user typed)', () => {
    const mine = { ...base, name: 'SR Mentiri (user)' };
    const theirs = { ...base, version: 4, name: 'SR Mentiri (other tab)' };
    expect(mergeDraft(base, mine, theirs).name).toBe('SR Mentiri (user)');
  });

  it('merges rows kept by id one by one: an edit here and an edit there both survive', () => {
    const mine = { ...base, leaders: [{ ...base.leaders[0]!, name: 'Hjh Aminah binti Hj Ali' }, base.leaders[1]!] };
    const theirs = { ...base, version: 4, leaders: [base.leaders[0]!, { ...base.leaders[1]!, title: 'Penolong Kanan' }] };
    expect(mergeDraft(base, mine, theirs).leaders).toEqual([
      { id: 1, name: 'Hjh Aminah binti Hj Ali', title: 'Guru Besar' },
      { id: 2, name: 'Awg Salleh', title: 'Penolong Kanan' },
    ]);
  });

  it('keeps rows the user added and drops rows the user removed; adds rows added elsewhere', () => {
    const mine = { ...base, leaders: [base.leaders[0]!, { name: 'New deputy', title: '' }] };
    const theirs = { ...base, version: 4, leaders: [...base.leaders, { id: 3, name: 'Other tab deputy', title: '' }] };
    expect(mergeDraft(base, mine, theirs).leaders).toEqual([base.leaders[0], { name: 'New deputy', title: '' }, { id: 3, name: 'Other tab deputy', title: '' }]);
  });

  it('a row removed elsewhere goes, unless the user edited it', () => {
    const theirs = { ...base, version: 4, leaders: [base.leaders[0]!] };
    expect(mergeDraft(base, base, theirs).leaders).toEqual([base.leaders[0]]);
    const edited = { ...base, leaders: [base.leaders[0]!, { ...base.leaders[1]!, title: 'Edited here' }] };
    expect(mergeDraft(base, edited, theirs).leaders).toEqual([base.leaders[0], { id: 2, name: 'Awg Salleh', title: 'Edited here' }]);
  });

  it('an unchanged form simply becomes the stored record', () => {
    const theirs = { ...base, version: 9, name: 'Renamed', leaders: [] };
    expect(mergeDraft(base, base, theirs)).toEqual(theirs);
  });

  it('lists of plain values (officer ids) are one value: the user’s choice or the stored one', () => {
    const b = { officerIds: [1, 2], version: 1 };
    expect(mergeDraft(b, { ...b, officerIds: [1] }, { officerIds: [1, 2, 3], version: 2 })).toEqual({ officerIds: [1], version: 2 });
    expect(mergeDraft(b, b, { officerIds: [1, 2, 3], version: 2 })).toEqual({ officerIds: [1, 2, 3], version: 2 });
  });

  it('compares drafts by value, so a form is dirty only when something differs', () => {
    expect(sameValue(base, structuredClone(base))).toBe(true);
    expect(sameValue(base, { ...base, leaders: [base.leaders[0]] })).toBe(false);
    expect(sameValue({ a: '' }, { a: null })).toBe(false);
  });
});
