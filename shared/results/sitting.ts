/**
 * Which schools sit which exam, by the exam type's code: the one place the app decides it (results grid,
 * checkpoint reviews, import, demo). A type the office added itself, or an exam with no type, takes in
 * every school.
 */
import type { SchoolLevel } from '../domain';

const LEVELS_BY_EXAM: Readonly<Record<string, readonly SchoolLevel[]>> = {
  PSR: ['primary'],
  O: ['secondary'],
  IGCSE: ['secondary'],
  A: ['sixth_form'],
};

/** The school levels that sit an exam of this type; null when every school may (type unknown or none). */
export function levelsSitting(examTypeCode: string | null | undefined): readonly SchoolLevel[] | null {
  if (!examTypeCode) return null;
  return LEVELS_BY_EXAM[examTypeCode.trim().toUpperCase()] ?? null;
}

/** Whether a school of this level sits an exam of this type. */
export function sitsExam(level: SchoolLevel, examTypeCode: string | null | undefined): boolean {
  const levels = levelsSitting(examTypeCode);
  return levels === null || levels.includes(level);
}
