/** The mentor appointment letters' report model: one letter per appointed pair, each with its signer and copies. */
import type { Schedule } from '../mentoring/types';
import type { LetterheadModel } from './models';

export interface MentorLettersModel {
  letterhead: LetterheadModel;
  year: number;
  letters: MentorLetter[];
}

/** Someone a letter names: a name (null leaves a dotted line), the post and the place, each already in the letter's language. */
export interface LetterPerson {
  name: string | null;
  post: string;
  /** The school's full name, or the cluster for the office's own people; null when not known. */
  place: string | null;
}

export interface MentorLetter {
  referenceNo: string;
  /** The date the letter bears (the pair's appointment date, else the day of issue). */
  date: string;
  year: number;
  mentor: LetterPerson;
  mentee: LetterPerson;
  schedule: Schedule;
  startDate: string | null;
  endDate: string | null;
  /** The focus competencies, named in the letter's language. */
  focus: { code: string; name: string; baseline: number; target: number }[];
  goals: string;
  /**
   * Who signs: the approver from Settings, or the alternate "b.p." (on behalf of) the cluster head when the
   * approver is the mentor. A null name leaves a dotted line.
   */
  signer: { name: string | null; post: string; onBehalf: boolean };
  /** s.k. / c.c.: the head of the mentee's school first, then the mentee when someone else. */
  copies: LetterPerson[];
}
