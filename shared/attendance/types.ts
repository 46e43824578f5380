/** Attendance at initiative events and each initiative's measured success: the shapes the UI receives. */
import type { LeaderRole } from '../domain';

export const MEASURE_KINDS = ['leaders-attending', 'leaders-presenting', 'schools-attending', 'result-change', 'count'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
/** Kinds whose value and target are percentages of leaders or schools. */
export const SHARE_KINDS: readonly MeasureKind[] = ['leaders-attending', 'leaders-presenting', 'schools-attending'];

/** A person of an invited school: a school leader (head or deputy) or a teacher. */
export interface AttendancePerson {
  id: number;
  name: string;
  title: string;
  leaderRole: LeaderRole | null;
}

export interface AttendanceSchool {
  id: number;
  abbreviation: string;
  name: string;
  /** Leaders first (head, deputies), then teachers. */
  people: AttendancePerson[];
}

/** What was recorded at one occurrence; version 0 while nothing has been recorded. */
export interface AttendanceRecord {
  schoolIds: number[];
  people: { personId: number; presented: boolean }[];
  note: string;
  version: number;
}

export interface Attendance {
  eventId: number;
  occurrenceDate: string;
  title: string;
  initiativeId: number | null;
  initiativeCode: string | null;
  /** The schools invited to the event, with their people. */
  schools: AttendanceSchool[];
  record: AttendanceRecord;
}

/** What a measure's value is computed from, for the user to check it. */
export type MeasureBasis =
  | { kind: 'share'; unit: 'leaders' | 'schools'; count: number; of: number }
  | { kind: 'change'; year: number; current: number | null; previous: number | null }
  | { kind: 'entered' };

export interface Measure {
  id: number;
  position: number;
  labelMs: string;
  labelEn: string;
  kind: MeasureKind;
  target: number;
  examTypeId: number | null;
  subjectId: number | null;
  countValue: number | null;
  version: number;
}

export interface MeasureValue extends Measure {
  /** Percent for the share kinds, percentage points for a result change, the entered count; null while unknown. */
  value: number | null;
  /** null while the value is unknown. */
  met: boolean | null;
  basis: MeasureBasis;
}

export interface InitiativeMeasures {
  initiativeId: number;
  code: string;
  name: string;
  nameEn: string;
  colour: string;
  version: number;
  measures: MeasureValue[];
}

/** An exam type or subject as a choice of a result-change measure. */
export interface CodedOption {
  id: number;
  code: string;
  nameMs: string;
  nameEn: string;
}

export interface MeasuresOfYear {
  year: number;
  initiatives: InitiativeMeasures[];
  examTypes: CodedOption[];
  subjects: CodedOption[];
}
