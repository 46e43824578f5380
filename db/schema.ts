/** Kysely table types: the shape of the SQLite file after the latest migration. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<string, string | undefined, string>;

export interface SchoolsTable {
  id: Generated<number>;
  number: number;
  name: string;
  abbreviation: string;
  level: string;
  address: string;
  phone: string;
  email: string;
  wse_band: number | null;
  notes: string;
  archived_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  email: string;
  phone: string;
  position: number;
  archived_at: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  prepared_by_id: number | null;
  updated_at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface DB {
  schools: SchoolsTable;
  people: PeopleTable;
  cluster_profile: ClusterProfileTable;
  settings: SettingsTable;
}
