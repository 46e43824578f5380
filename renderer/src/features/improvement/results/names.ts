/** A coded entry's name in the UI's language, and the percentages as the results pages print them. */
import type { CodedEntry } from '../../../../../shared/domain';

export const nameOf = (e: CodedEntry | undefined, language: string) => (e ? (language === 'en' ? e.nameEn : e.nameMs) : '');
export const percentText = (p: number | null | undefined) => (p === null || p === undefined ? '–' : `${p.toFixed(1)}`);
export const changeText = (c: number | null | undefined) => (c === null || c === undefined ? '' : `${c > 0 ? '+' : c < 0 ? '−' : '±'}${Math.abs(c).toFixed(1)}`);
export const changeColour = (c: number | null | undefined) => (c === null || c === undefined || c === 0 ? 'dimmed' : c > 0 ? 'teal.8' : 'red.8');
export const SUBJECT_COLOURS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.7', 'lime.7', 'pink.6'];

/** The years a picker offers: from the earliest with results (at most five back) to next year, newest first. */
export function yearChoices(years: readonly number[], current: number, thisYear: number): string[] {
  const from = Math.min(thisYear - 5, current, ...years);
  const to = Math.max(thisYear + 1, current);
  return Array.from({ length: to - from + 1 }, (_, i) => String(to - i));
}
