/** Domain vocabulary shared by the services, the documents and the UI. */
export const SCHOOL_LEVELS = ['sixth_form', 'secondary', 'primary', 'other'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const LEADER_ROLES = ['head', 'deputy'] as const;
export type LeaderRole = (typeof LEADER_ROLES)[number];

/** Roles in the cluster team; `other` carries its own label. */
export const TEAM_ROLES = ['cluster_head', 'assistant_head', 'officer', 'clerk', 'other'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Whole School Evaluation bands, 1 (highest) to 5. */
export const WSE_BANDS = [1, 2, 3, 4, 5] as const;

export const SCHOOL_SORT_KEYS = ['number', 'name', 'abbreviation', 'level', 'wseBand'] as const;
export type SchoolSortKey = (typeof SCHOOL_SORT_KEYS)[number];

export interface SchoolLeader {
  id: number;
  role: LeaderRole;
  name: string;
  title: string;
  appointedOn: string | null;
}

export interface SchoolSummary {
  id: number;
  number: number;
  name: string;
  abbreviation: string;
  level: SchoolLevel;
  wseBand: number | null;
  phone: string;
  email: string;
  headName: string | null;
  archived: boolean;
}

export interface School extends Omit<SchoolSummary, 'headName'> {
  address: string;
  notes: string;
  leaders: SchoolLeader[];
  createdAt: string;
  updatedAt: string;
  /** Covers the school's fields and its leaders; every update sends back the version it was loaded at. */
  version: number;
}

export type LevelCounts = Record<SchoolLevel, number>;

export interface TeamMember {
  id: number;
  name: string;
  role: TeamRole;
  roleLabel: string;
  /** The "other" post's label in English; empty falls back to `roleLabel`. */
  roleLabelEn: string;
  email: string;
  phone: string;
  version: number;
}

export interface ClusterProfile {
  name: string;
  formerName: string;
  mission: string;
  vision: string;
  ministry: string;
  department: string;
  address: string;
  /** The cluster profile document's introduction, and its services (one per line). */
  introduction: string;
  services: string;
  /** English beside each Malay text above (empty: documents in English print the Malay). */
  nameEn: string;
  formerNameEn: string;
  ministryEn: string;
  departmentEn: string;
  addressEn: string;
  missionEn: string;
  visionEn: string;
  introductionEn: string;
  servicesEn: string;
  /** The main role of the cluster head and team. */
  mainRole: string;
  mainRoleEn: string;
  /** Who made the logo and what its parts stand for; lines starting "-" are its parts. */
  logoDescription: string;
  logoDescriptionEn: string;
  /** Cross competencies (Kecekapan Merentas), one a line. */
  crossCompetencies: string;
  crossCompetenciesEn: string;
  /** The month the team is listed as of (YYYY-MM); empty means the month the document is issued. */
  teamAsOf: string;
  hasLogo: boolean;
  /** Team member shown as "prepared by" on documents; null means the first clerk. */
  preparedById: number | null;
  /** Covers the fields above except the logo, which is replaced on its own. */
  version: number;
}

/** An entry of a list the office keeps: a competency, a visit purpose, an observation criterion. */
export interface CodedEntry {
  id: number;
  code: string;
  nameMs: string;
  nameEn: string;
  archived: boolean;
  version: number;
}

/** Why a backup was taken; each kind keeps its own newest ones. */
export const BACKUP_KINDS = ['daily', 'before-update', 'before-restore', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  name: string;
  /** Local time, `YYYY-MM-DDTHH:mm:ss`. */
  createdAt: string;
  reason: BackupKind;
  sizeBytes: number;
}

export type DatabaseState = 'ready' | 'damaged' | 'newer';

export interface AppStatus {
  state: DatabaseState;
  message: string;
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  databasePath: string;
  /** True when the database holds no schools and no team: the app offers the demo. */
  empty: boolean;
  language: 'ms' | 'en';
  /** Where a damaged file was put aside, when state is 'damaged'. */
  setAsidePath: string | null;
  /** Why it was put aside: SQLite could not use it, or it was empty while backups exist. */
  damage: 'unreadable' | 'empty' | null;
  /** The log holding SQLite's own words about a damaged file, when there is one. */
  recoveryLog: string | null;
  newestBackup: BackupInfo | null;
}

export interface DocumentFile {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
