/** Kysely table types: the shape of the SQLite file after the latest migration. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;
/** A column the database fills in when an insert leaves it out. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A record's version: 1 when made, raised by one on every save; a save from an older copy is refused. */
type Version = Defaulted<number>;

export interface SchoolsTable {
  id: Generated<number>;
  number: number;
  name: string;
  abbreviation: string;
  level: string;
  address: string;
  phone: string;
  email: string;
  /** The latest of the school's WSE bands (wse_bands), kept with them. */
  wse_band: number | null;
  /** With its results, places the school in one of the four support groups. */
  context: Defaulted<'challenging' | 'favourable' | null>;
  notes: string;
  archived_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

/** Everybody the office deals with: cluster team members and school leaders (one row may be both). */
export interface PeopleTable {
  id: Generated<number>;
  name: string;
  title: string;
  school_id: number | null;
  leader_role: string | null;
  appointed_on: string | null;
  team_role: string | null;
  team_role_label: string;
  /** The "other" post's label in English; empty falls back to the Malay label. */
  team_role_label_en: Defaulted<string>;
  email: string;
  phone: string;
  position: number;
  archived_at: string | null;
  /** Mentoring: a school leader new in post (a likely mentee). */
  newly_appointed: Defaulted<number>;
  /** Mentoring: an experienced school leader who may mentor (team members always may). */
  can_mentor: Defaulted<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface ClusterProfileTable {
  id: number;
  name: string;
  former_name: string;
  mission: string;
  vision: string;
  ministry: string;
  department: string;
  address: string;
  logo: Uint8Array | null;
  logo_type: string | null;
  /** Sections of the cluster profile document: an introduction, and the services, one per line. */
  introduction: Defaulted<string>;
  services: Defaulted<string>;
  /** English beside each Malay text; an empty English value falls back to the Malay. */
  name_en: Defaulted<string>;
  former_name_en: Defaulted<string>;
  ministry_en: Defaulted<string>;
  department_en: Defaulted<string>;
  address_en: Defaulted<string>;
  mission_en: Defaulted<string>;
  vision_en: Defaulted<string>;
  introduction_en: Defaulted<string>;
  services_en: Defaulted<string>;
  /** The main role of the cluster head and team. */
  main_role: Defaulted<string>;
  main_role_en: Defaulted<string>;
  /** Who made the logo and what its parts stand for. */
  logo_description: Defaulted<string>;
  logo_description_en: Defaulted<string>;
  /** Cross competencies (Kecekapan Merentas), one a line. */
  cross_competencies: Defaulted<string>;
  cross_competencies_en: Defaulted<string>;
  /** The month the team list is as of (YYYY-MM), or empty for the month of issue. */
  team_as_of: Defaulted<string>;
  prepared_by_id: number | null;
  updated_at: Timestamp;
  version: Version;
}

export interface DocumentRegisterTable {
  id: Generated<number>;
  reference_no: string;
  revision: Generated<number>;
  year: number;
  seq: number;
  kind: string;
  title: string;
  recipient: Generated<string>;
  language: string;
  issued_on: string;
  issued_at: string;
  issued_by: Generated<string>;
  file_name: string;
  sha256: string;
  request: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface PlanYearsTable {
  year: number;
  window_start: string;
  window_months: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InitiativesTable {
  id: Generated<number>;
  year: number;
  code: string;
  name: string;
  name_en: Defaulted<string>;
  description_ms: Defaulted<string>;
  description_en: Defaulted<string>;
  objectives: Defaulted<string>;
  success_measures: Defaulted<string>;
  /** JSON array of school levels. */
  target_levels: Defaulted<string>;
  owner_id: number | null;
  colour: string;
  position: Defaulted<number>;
  /** The place in the cluster profile's list; null follows `position`. */
  profile_position: Defaulted<number | null>;
  deleted_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface InitiativeSchoolsTable {
  initiative_id: number;
  school_id: number;
}

export interface LanesTable {
  id: Generated<number>;
  initiative_id: number;
  /** Optional label shown at the start of the lane. */
  name: Defaulted<string>;
  position: Defaulted<number>;
  deleted_at: string | null;
  version: Version;
}

export interface PhasesTable {
  id: Generated<number>;
  lane_id: number;
  name: string;
  name_en: Defaulted<string>;
  start_month: string;
  end_month: string;
  deleted_at: string | null;
  updated_at: Timestamp;
  version: Version;
}

export interface EventsTable {
  id: Generated<number>;
  title: string;
  start_date: string;
  end_date: string;
  all_day: Defaulted<number>;
  start_time: string | null;
  end_time: string | null;
  place: Defaulted<string>;
  notes: Defaulted<string>;
  initiative_id: number | null;
  phase_id: number | null;
  rrule: string | null;
  repeat_until: string | null;
  series_id: number | null;
  occurrence_date: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface EventSchoolsTable {
  event_id: number;
  school_id: number;
}

export interface EventPeopleTable {
  event_id: number;
  person_id: number;
}

export interface EventSkipsTable {
  event_id: number;
  date: string;
}

export interface CalendarPeriodsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  name_en: Defaulted<string>;
  start_date: string;
  end_date: string;
  version: Version;
}

export interface ExamsTable {
  id: Generated<number>;
  name: string;
  exam_date: string;
  /** JSON array of days before the exam. */
  checkpoint_days: Defaulted<string>;
  initiative_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
  exam_type_id: Defaulted<number | null>;
}

export interface CompetenciesTable {
  id: Generated<number>;
  code: string;
  name_ms: string;
  name_en: string;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
}

export interface MentoringAssignmentsTable {
  id: Generated<number>;
  year: number;
  mentor_id: number;
  mentee_id: number;
  goals: Defaulted<string>;
  schedule: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  appointed_on: string | null;
  reference_no: Defaulted<string>;
  ended_on: string | null;
  end_note: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface MentoringFocusTable {
  assignment_id: number;
  competency_id: number;
  baseline_level: number;
  target_level: number;
}

export interface MentoringSessionsTable {
  id: Generated<number>;
  assignment_id: number;
  date: string;
  duration_minutes: number;
  mode: string;
  topics: Defaulted<string>;
  notes: Defaulted<string>;
  next_date: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface MentoringActionsTable {
  id: Generated<number>;
  session_id: number;
  text: string;
  due_date: string | null;
  done_on: string | null;
}

export interface MentoringAssessmentsTable {
  id: Generated<number>;
  assignment_id: number;
  competency_id: number;
  date: string;
  level: number;
  evidence: Defaulted<string>;
}

export interface VisitPurposesTable {
  id: Generated<number>;
  code: string;
  name_ms: string;
  name_en: string;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
}

export interface VisitsTable {
  id: Generated<number>;
  school_id: number;
  date: string;
  purpose_id: number;
  status: string;
  people_met: Defaulted<string>;
  findings: Defaulted<string>;
  next_visit_date: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface VisitOfficersTable {
  visit_id: number;
  person_id: number;
}

export interface NextStepsTable {
  id: Generated<number>;
  visit_id: number;
  text: string;
  owner: Defaulted<string>;
  due_date: string | null;
  closed_on: string | null;
  closed_note: Defaulted<string>;
  sip_action_id: Defaulted<number | null>;
  sip_target_id: Defaulted<number | null>;
}

export interface RubricCriteriaTable {
  id: Generated<number>;
  code: string;
  name_ms: string;
  name_en: string;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
  /** The WSE aspect the criterion evidences, if any. */
  aspect_id: Defaulted<number | null>;
}

export interface ObservationsTable {
  id: Generated<number>;
  visit_id: number;
  teacher: string;
  class_name: Defaulted<string>;
  subject: Defaulted<string>;
  strengths: Defaulted<string>;
  improvements: Defaulted<string>;
  version: Version;
}

export interface ObservationRatingsTable {
  observation_id: number;
  criterion_id: number;
  rating: number;
}

export interface TermReportsTable {
  id: Generated<number>;
  school_id: number | null;
  year: number;
  term: number;
  narrative: Defaulted<string>;
  highlights: Defaulted<string>;
  challenges: Defaulted<string>;
  updated_at: Timestamp;
  version: Version;
}

export interface WseDomainsTable {
  id: Generated<number>;
  number: number;
  name_ms: string;
  name_en: Defaulted<string>;
  version: Version;
}

export interface WseAspectsTable {
  id: Generated<number>;
  domain_id: number;
  code: string;
  name_ms: string;
  name_en: Defaulted<string>;
  terms_ms: Defaulted<string>;
  terms_en: Defaulted<string>;
  scope_ms: Defaulted<string>;
  scope_en: Defaulted<string>;
  monitoring_ms: Defaulted<string>;
  monitoring_en: Defaulted<string>;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
}

export interface WseBandsTable {
  id: Generated<number>;
  school_id: number;
  year: number;
  band: number;
  kind: 'internal' | 'validated';
  date: string;
  note: Defaulted<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface WseAspectRatingsTable {
  school_id: number;
  year: number;
  aspect_id: number;
  rating: number;
  note: Defaulted<string>;
}

export interface VisitAspectsTable {
  visit_id: number;
  aspect_id: number;
}

export interface ObservationAspectsTable {
  observation_id: number;
  aspect_id: number;
}

export interface NextStepAspectsTable {
  next_step_id: number;
  aspect_id: number;
}

export interface SipsTable {
  id: Generated<number>;
  school_id: number;
  year: number;
  notes: Defaulted<string>;
  copied_from_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Version;
}

export interface SipPrioritiesTable {
  id: Generated<number>;
  sip_id: number;
  position: Defaulted<number>;
  title: string;
  description: Defaulted<string>;
}

export interface SipPriorityAspectsTable {
  priority_id: number;
  aspect_id: number;
}

export type SipTargetStatus = 'open' | 'met' | 'not-met' | 'dropped';
export interface SipTargetsTable {
  id: Generated<number>;
  priority_id: number;
  position: Defaulted<number>;
  measure: string;
  baseline: number | null;
  target: number;
  unit: Defaulted<string>;
  due_date: string;
  status: Defaulted<SipTargetStatus>;
  exam_type_id: number | null;
  subject_id: number | null;
  carried_from_id: number | null;
}

export type SipActionStatus = 'not-started' | 'in-progress' | 'done' | 'dropped';
export interface SipActionsTable {
  id: Generated<number>;
  priority_id: number;
  position: Defaulted<number>;
  what: string;
  owner: Defaulted<string>;
  start_date: string | null;
  end_date: string | null;
  status: Defaulted<SipActionStatus>;
  carried_from_id: number | null;
}

export interface SipReviewsTable {
  id: Generated<number>;
  sip_id: number;
  number: number;
  date: string | null;
  reviewer_id: number | null;
  peer_reviewer_id: number | null;
  findings: Defaulted<string>;
  updated_at: Timestamp;
  version: Version;
}

export type SipProgress = 'not-started' | 'behind' | 'on-track' | 'achieved';
export interface SipReviewTargetsTable {
  review_id: number;
  target_id: number;
  progress: SipProgress;
  evidence: Defaulted<string>;
}

export interface ExamTypesTable {
  id: Generated<number>;
  code: string;
  name_ms: string;
  name_en: string;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
}

export interface SubjectsTable {
  id: Generated<number>;
  code: string;
  name_ms: string;
  name_en: string;
  position: Defaulted<number>;
  archived_at: string | null;
  version: Version;
}

export interface ResultsTable {
  id: Generated<number>;
  school_id: number;
  year: number;
  exam_type_id: number;
  subject_id: number;
  sat: number;
  /** How many reached A–C. */
  passed: number;
  /** JSON {"A*": n, "A": n, …}, or null. */
  grade_counts: string | null;
  updated_at: Timestamp;
  version: Version;
}

export interface ResultTargetsTable {
  school_id: number;
  year: number;
  exam_type_id: number;
  subject_id: number;
  target_percent: number;
}

export type CheckpointStatus = 'on-track' | 'at-risk' | 'off-track';
export interface CheckpointReviewsTable {
  id: Generated<number>;
  exam_id: number;
  days_before: number;
  school_id: number;
  status: CheckpointStatus;
  predicted_percent: number | null;
  note: Defaulted<string>;
  updated_at: Timestamp;
  version: Version;
}

export interface AttendanceTable {
  event_id: number;
  occurrence_date: string;
  note: Defaulted<string>;
  updated_at: Timestamp;
  version: Version;
}

export interface AttendanceSchoolsTable {
  event_id: number;
  occurrence_date: string;
  school_id: number;
}

export interface AttendancePeopleTable {
  event_id: number;
  occurrence_date: string;
  person_id: number;
  presented: Defaulted<number>;
}

export type MeasureKind = 'leaders-attending' | 'leaders-presenting' | 'schools-attending' | 'result-change' | 'count';
export interface InitiativeMeasuresTable {
  id: Generated<number>;
  initiative_id: number;
  position: Defaulted<number>;
  label_ms: string;
  label_en: Defaulted<string>;
  kind: MeasureKind;
  target: number;
  exam_type_id: number | null;
  subject_id: number | null;
  count_value: number | null;
  version: Version;
}

export interface DB {
  schools: SchoolsTable;
  people: PeopleTable;
  cluster_profile: ClusterProfileTable;
  settings: SettingsTable;
  document_register: DocumentRegisterTable;
  plan_years: PlanYearsTable;
  initiatives: InitiativesTable;
  initiative_schools: InitiativeSchoolsTable;
  lanes: LanesTable;
  phases: PhasesTable;
  events: EventsTable;
  event_schools: EventSchoolsTable;
  event_people: EventPeopleTable;
  event_skips: EventSkipsTable;
  calendar_periods: CalendarPeriodsTable;
  exams: ExamsTable;
  competencies: CompetenciesTable;
  mentoring_assignments: MentoringAssignmentsTable;
  mentoring_focus: MentoringFocusTable;
  mentoring_sessions: MentoringSessionsTable;
  mentoring_actions: MentoringActionsTable;
  mentoring_assessments: MentoringAssessmentsTable;
  visit_purposes: VisitPurposesTable;
  visits: VisitsTable;
  visit_officers: VisitOfficersTable;
  next_steps: NextStepsTable;
  rubric_criteria: RubricCriteriaTable;
  observations: ObservationsTable;
  observation_ratings: ObservationRatingsTable;
  term_reports: TermReportsTable;
  wse_domains: WseDomainsTable;
  wse_aspects: WseAspectsTable;
  wse_bands: WseBandsTable;
  wse_aspect_ratings: WseAspectRatingsTable;
  visit_aspects: VisitAspectsTable;
  observation_aspects: ObservationAspectsTable;
  next_step_aspects: NextStepAspectsTable;
  sips: SipsTable;
  sip_priorities: SipPrioritiesTable;
  sip_priority_aspects: SipPriorityAspectsTable;
  sip_targets: SipTargetsTable;
  sip_actions: SipActionsTable;
  sip_reviews: SipReviewsTable;
  sip_review_targets: SipReviewTargetsTable;
  exam_types: ExamTypesTable;
  subjects: SubjectsTable;
  results: ResultsTable;
  result_targets: ResultTargetsTable;
  checkpoint_reviews: CheckpointReviewsTable;
  attendance: AttendanceTable;
  attendance_schools: AttendanceSchoolsTable;
  attendance_people: AttendancePeopleTable;
  initiative_measures: InitiativeMeasuresTable;
}
