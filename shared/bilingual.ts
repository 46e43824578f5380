/**
 * The one rule for texts kept in both languages: a Malay value and an English value beside it. A document in
 * English prints the English value, or the Malay one while no English has been written; a document in Malay
 * always prints the Malay. Forms count the English values still missing with the same rule.
 */
import type { Language } from './dates';
import type { CalendarPeriod, Plan } from './plan/types';

/** A text in the document's language: English falls back to Malay when empty. */
export const inLanguage = (ms: string, en: string, language: Language): string => (language === 'en' && en.trim() !== '' ? en : ms);

/** True when the Malay value is written and its English is not (what a form marks as missing). */
export const englishMissing = (ms: string, en: string): boolean => ms.trim() !== '' && en.trim() === '';

/** How many of these Malay/English pairs still lack their English. */
export const missingEnglish = (pairs: readonly (readonly [ms: string, en: string])[]): number => pairs.filter(([ms, en]) => englishMissing(ms, en)).length;

/**
 * A plan with every name in the document's language: initiative full names, phase names, and term and
 * holiday names (English falls back to Malay). Layouts then print `name` as it is.
 */
export function planIn<P extends Plan>(plan: P, language: Language): P {
  return {
    ...plan,
    initiatives: plan.initiatives.map((i) => ({
      ...i,
      name: inLanguage(i.name, i.nameEn, language),
      lanes: i.lanes.map((l) => ({ ...l, phases: l.phases.map((p) => ({ ...p, name: inLanguage(p.name, p.nameEn, language) })) })),
    })),
    periods: plan.periods.map((p) => periodIn(p, language)),
  };
}

/** A term or holiday named in the document's language. */
export const periodIn = <T extends CalendarPeriod>(p: T, language: Language): T => ({ ...p, name: inLanguage(p.name, p.nameEn, language) });
