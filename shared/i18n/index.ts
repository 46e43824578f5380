import type { Language } from '../dates';
import { SCHOOL_LEVELS, type LevelCounts } from '../domain';
import { en } from './en';
import { ms, type Dictionary } from './ms';

export const dictionaries: Record<Language, Dictionary> = { ms, en };
export type { Dictionary };

/** "26 schools: 1 sixth form, 7 secondary, 18 primary" — levels with no school are left out. */
export function countLine(counts: LevelCounts, language: Language): string {
  const d = dictionaries[language];
  const total = SCHOOL_LEVELS.reduce((n, l) => n + counts[l], 0);
  const head = (total === 1 ? d.count.schools_one : d.count.schools_other).replace('{{count}}', String(total));
  const parts = SCHOOL_LEVELS.filter((l) => counts[l] > 0).map((l) => `${counts[l]} ${d.levelShort[l]}`);
  return parts.length > 0 ? `${head}: ${parts.join(', ')}` : head;
}

/** A dictionary template with its `{{key}}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
