/** What a search text asks for: its words (folded for case and accents) and the dates typed among them. */
import { isCalendarDate } from '../../../shared/dates';
import { foldForSearch } from '../../../shared/text';

export interface DateRange {
  from: string;
  to: string;
}

export interface SearchText {
  /** The words that are not dates, folded ("Mentíri" is "mentiri"). */
  words: string[];
  /** The days a typed date covers (a day, a month or a year), or null when none was typed. */
  dates: DateRange | null;
}

const pad = (n: string) => n.padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A word typed as a date: 15/03/2023, 2023-03-15, 03/2023, 2023-03 or a year (1990–2099), as the days it covers. */
export function dateRangeOf(word: string): DateRange | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(word);
  const day = m ? `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}` : (/^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word)?.slice(1) ?? []).map((p, i) => (i === 0 ? p : pad(p))).join('-');
  if (day && isCalendarDate(day)) return { from: day, to: day };
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(word) ?? /^(\d{4})-(\d{1,2})$/.exec(word);
  if (m) {
    const [year, month] = (m[1] as string).length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    if (month < 1 || month > 12) return null;
    const ym = `${year}-${pad(String(month))}`;
    return { from: `${ym}-01`, to: `${ym}-${lastDay(year, month)}` };
  }
  if (/^(19[9]\d|20\d\d)$/.test(word)) return { from: `${word}-01-01`, to: `${word}-12-31` };
  return null;
}

/** Splits a search text into words and the first date typed among them. */
export function parseSearchText(text: string): SearchText {
  const words: string[] = [];
  let dates: DateRange | null = null;
  for (const word of foldForSearch(text).split(' ').filter(Boolean)) {
    const range = dateRangeOf(word);
    if (range && !dates) dates = range;
    else if (!range) words.push(word);
  }
  return { words, dates };
}

/** True when every word occurs in one of the texts (folded for case and accents). */
export function matchesWords(words: readonly string[], ...texts: (string | null | undefined)[]): boolean {
  if (words.length === 0) return false;
  const haystack = foldForSearch(texts.filter(Boolean).join(' \u0000 '));
  return words.every((w) => haystack.includes(w));
}

/**
 * The words as a full-text query: each a prefix of a word in the text, all required. Only letters and digits
 * are kept (the index splits words at anything else), so nothing typed is read as query syntax.
 */
export function fullTextQuery(words: readonly string[]): string | null {
  const tokens = words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  return tokens.length === 0 ? null : tokens.map((t) => `"${t}"*`).join(' ');
}

/** The typed date as the words an index of `YYYY-MM-DD` dates holds: "2023", "2023 03" or "2023 03 15". */
export function datePhrase(range: DateRange): string {
  const [y, m, d] = range.from.split('-') as [string, string, string];
  if (range.from === range.to) return `${y} ${m} ${d}`;
  return range.from.slice(0, 7) === range.to.slice(0, 7) ? `${y} ${m}` : y;
}
