import { describe, expect, it } from 'vitest';
import { datePhrase, dateRangeOf, fullTextQuery, parseSearchText } from '../../electron/services/search/query-text';

describe('what a search text asks for', () => {
  it('reads a day, a month or a year typed day first or in the stored form', () => {
    expect(dateRangeOf('15/03/2023')).toEqual({ from: '2023-03-15', to: '2023-03-15' });
    expect(dateRangeOf('5.3.2023')).toEqual({ from: '2023-03-05', to: '2023-03-05' });
    expect(dateRangeOf('2023-03-15')).toEqual({ from: '2023-03-15', to: '2023-03-15' });
    expect(dateRangeOf('02/2024')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(dateRangeOf('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(dateRangeOf('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('leaves a day that does not exist, a thirteenth month and other numbers as words', () => {
    expect(dateRangeOf('31/02/2023')).toBeNull();
    expect(dateRangeOf('13/2023')).toBeNull();
    expect(dateRangeOf('150')).toBeNull();
    expect(dateRangeOf('kl/sek/2023/001')).toBeNull();
    expect(parseSearchText('SR Mentíri 31/02/2023')).toEqual({ words: ['sr', 'mentiri', '31/02/2023'], dates: null });
  });

  it('folds the words and keeps the first date', () => {
    expect(parseSearchText('  Mentíri   15/03/2023 2024 ')).toEqual({ words: ['mentiri'], dates: { from: '2023-03-15', to: '2023-03-15' } });
  });

  it('writes the words as prefixes and the date as the index holds it, nothing typed read as query syntax', () => {
    expect(fullTextQuery(['epic', 'sr-men'])).toBe('"epic"* "sr"* "men"*');
    expect(fullTextQuery(['"', '*', 'or(', '^'])).toBe('"or"*');
    expect(fullTextQuery(['*'])).toBeNull();
    expect(datePhrase({ from: '2023-03-15', to: '2023-03-15' })).toBe('2023 03 15');
    expect(datePhrase({ from: '2023-03-01', to: '2023-03-31' })).toBe('2023 03');
    expect(datePhrase({ from: '2023-01-01', to: '2023-12-31' })).toBe('2023');
  });
});
