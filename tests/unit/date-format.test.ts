import { describe, expect, it } from 'vitest';
import { formatDate, formatTimestamp, parseTypedDate, parseTypedMonth } from '../../shared/dates';

describe('dates as the office writes them', () => {
  it('shows stored dates day first', () => {
    expect(formatDate('2023-03-15')).toBe('15/03/2023');
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
    expect(formatDate('')).toBe('');
    expect(formatDate(null)).toBe('');
  });

  it('reads typed dates day first, never month first', () => {
    expect(parseTypedDate('15/03/2023')).toBe('2023-03-15');
    expect(parseTypedDate('03/04/2023')).toBe('2023-04-03');
    expect(parseTypedDate('5/4/2023')).toBe('2023-04-05');
    expect(parseTypedDate(' 15-3-2023 ')).toBe('2023-03-15');
    expect(parseTypedDate('15.03.2023')).toBe('2023-03-15');
    expect(parseTypedDate('2023-03-15')).toBe('2023-03-15');
  });

  it('refuses what is not (yet) a whole real date', () => {
    for (const text of ['', '15/03', '15/03/20', '15/03/202', '31/02/2023', '29/02/2023', '13/13/2023', '00/01/2023', 'tomorrow', '2023-02-30']) {
      expect(parseTypedDate(text), text).toBeNull();
    }
  });
});

describe('moments as the office reads them', () => {
  it('shows a stored timestamp in local time, day first, 24-hour', () => {
    const at = new Date(2023, 2, 15, 14, 5); // 15 March 2023, 14:05 on this computer's clock
    expect(formatTimestamp(at.toISOString())).toBe('15/03/2023 14:05');
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});

describe('months typed to go to', () => {
  it('reads MM/YYYY and the stored form', () => {
    expect(parseTypedMonth('02/2023')).toBe('2023-02');
    expect(parseTypedMonth('2/2023')).toBe('2023-02');
    expect(parseTypedMonth('2023-02')).toBe('2023-02');
    for (const text of ['', '13/2023', '00/2023', '02/23', '2023-2', 'Feb 2023']) expect(parseTypedMonth(text), text).toBeNull();
  });
});
