/** The mentoring programme report's model: a year's pairs with their progress, the competency codes, who signs. */
import type { AssignmentStatus } from '../mentoring/types';
import type { LetterheadModel, Signer } from './models';

export interface MentoringReportPair {
  /** Name, then "post, school" under it, in the document's language. */
  mentee: { name: string; post: string };
  mentor: { name: string; post: string };
  status: AssignmentStatus;
  /** Focus competencies in competency order: level at the start, now (last assessment) and the target. */
  focus: { code: string; baseline: number; current: number; target: number }[];
  sessionsHeld: number;
  /** Sessions the schedule asks for so far. */
  sessionsPlanned: number;
  actionsOpen: number;
  actionsDone: number;
}

export interface MentoringReportModel {
  letterhead: LetterheadModel;
  year: number;
  pairs: MentoringReportPair[];
  /** What each competency code used in the table stands for, in the document's language, in code order. */
  legend: { code: string; name: string }[];
  signOff: Signer[];
}
