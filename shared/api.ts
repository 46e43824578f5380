/**
 * The one contract between the UI and the main process: method name -> input schema and output type.
 * Both transports (IPC and loopback HTTP) validate against these schemas before any handler runs.
 */
import { z } from 'zod';
import { bi } from './errors';
import { email, id, languageSchema, optionalDate, phone, picked, required, text, version, versionWithId } from './fields';
import type { Register, RegisterEntry } from './documents/register';
import type { Signatories } from './documents/signatories';
import type { SchoolOverview } from './schools/overview';
import { mentoringApi } from './mentoring/api';
import { date, planApi, planYear } from './plan/api';
import { termSchema, visitsApi } from './visits/api';
import { exportsApi } from './exports/api';
import { importsApi } from './imports/api';
import { todayApi } from './today/api';
import { searchApi } from './search/api';
import { wseApi } from './wse/api';
import { sipApi } from './sip/api';
import { resultsApi } from './results/api';
import { attendanceApi } from './attendance/api';
import { supportApi } from './support/api';
import type { DataYears } from './years';
import {
  LEADER_ROLES,
  SCHOOL_LEVELS,
  SCHOOL_SORT_KEYS,
  TEAM_ROLES,
  type AppStatus,
  type BackupInfo,
  type ClusterProfile,
  type DocumentFile,
  type LevelCounts,
  type School,
  type SchoolSummary,
  type TeamMember,
} from './domain';


const leaderInput = z.object({
  id: id.optional(),
  role: z.enum(LEADER_ROLES, { error: bi('Choose head or deputy', 'Pilih ketua atau timbalan') }),
  name: required(120, ['Leader name', 'Nama pemimpin']),
  title: text(120, ['Post title', 'Jawatan']).default(''),
  appointedOn: optionalDate,
});

const schoolFields = z.object({
  name: required(200, ['School name', 'Nama sekolah']),
  abbreviation: required(20, ['Abbreviation', 'Singkatan']),
  level: z.enum(SCHOOL_LEVELS, { error: bi('Choose a level', 'Pilih peringkat') }),
  number: id.nullable().default(null),
  address: text(500, ['Address', 'Alamat']).default(''),
  phone: phone.default(''),
  email: email.default(''),
  wseBand: z.number().int(bi('WSE band is 1 to 5', 'Band WSE ialah 1 hingga 5')).min(1, bi('WSE band is 1 to 5', 'Band WSE ialah 1 hingga 5')).max(5, bi('WSE band is 1 to 5', 'Band WSE ialah 1 hingga 5')).nullable().default(null),
  notes: text(4000, ['Notes', 'Catatan']).default(''),
  leaders: z
    .array(leaderInput)
    .max(12, bi('At most 12 leaders', 'Paling banyak 12 pemimpin'))
    .default([])
    .refine((ls) => ls.filter((l) => l.role === 'head').length <= 1, bi('A school has at most one head', 'Sebuah sekolah hanya mempunyai seorang ketua')),
});
export type SchoolInput = z.output<typeof schoolFields>;

const teamMemberInput = z
  .object({
    id: id.optional(),
    version: version.optional(),
    name: required(120, ['Name', 'Nama']),
    role: z.enum(TEAM_ROLES, { error: bi('Choose a role', 'Pilih peranan') }),
    roleLabel: text(80, ['Role', 'Peranan']).default(''),
    roleLabelEn: text(80, ['Role (EN)', 'Peranan (EN)']).default(''),
    email: email.default(''),
    phone: phone.default(''),
  })
  .superRefine(versionWithId);

const profileFields = z.object({
  name: required(120, ['Cluster name', 'Nama kluster']),
  formerName: text(120, ['Former name', 'Nama dahulu']).default(''),
  mission: text(2000, ['Mission', 'Misi']).default(''),
  vision: text(2000, ['Vision', 'Visi']).default(''),
  ministry: text(200, ['Ministry line', 'Baris kementerian']).default(''),
  department: text(200, ['Department line', 'Baris jabatan']).default(''),
  address: text(500, ['Address', 'Alamat']).default(''),
  introduction: text(8000, ['Introduction', 'Pengenalan']).default(''),
  services: text(8000, ['Services', 'Perkhidmatan']).default(''),
  nameEn: text(120, ['Cluster name (EN)', 'Nama kluster (EN)']).default(''),
  formerNameEn: text(120, ['Former name (EN)', 'Nama dahulu (EN)']).default(''),
  ministryEn: text(200, ['Ministry line (EN)', 'Baris kementerian (EN)']).default(''),
  departmentEn: text(200, ['Department line (EN)', 'Baris jabatan (EN)']).default(''),
  addressEn: text(500, ['Address (EN)', 'Alamat (EN)']).default(''),
  missionEn: text(2000, ['Mission (EN)', 'Misi (EN)']).default(''),
  visionEn: text(2000, ['Vision (EN)', 'Visi (EN)']).default(''),
  introductionEn: text(8000, ['Introduction (EN)', 'Pengenalan (EN)']).default(''),
  servicesEn: text(8000, ['Services (EN)', 'Perkhidmatan (EN)']).default(''),
  mainRole: text(2000, ['Main role', 'Peranan utama']).default(''),
  mainRoleEn: text(2000, ['Main role (EN)', 'Peranan utama (EN)']).default(''),
  logoDescription: text(4000, ['Logo description', 'Huraian logo']).default(''),
  logoDescriptionEn: text(4000, ['Logo description (EN)', 'Huraian logo (EN)']).default(''),
  crossCompetencies: text(2000, ['Cross competencies', 'Kecekapan merentas']).default(''),
  crossCompetenciesEn: text(2000, ['Cross competencies (EN)', 'Kecekapan merentas (EN)']).default(''),
  teamAsOf: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(v), bi('Choose a month as YYYY-MM', 'Pilih bulan (TTTT-BB)'))
    .default(''),
  preparedById: id.nullable().default(null),
});
export type ProfileInput = z.output<typeof profileFields>;

const documentRequest = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('school-roster'), language: languageSchema }),
    z.object({ kind: z.literal('initiative-calendar'), year: planYear, language: languageSchema }),
    z.object({ kind: z.literal('event-list'), from: date, to: date, language: languageSchema }).refine((v) => v.to >= v.from, {
      path: ['to'],
      message: bi('The end date is before the start date', 'Tarikh tamat sebelum tarikh mula'),
    }),
    z.object({ kind: z.literal('mentor-appointment-letters'), year: planYear, assignmentIds: z.array(id).max(200).optional(), language: languageSchema }),
    z.object({ kind: z.literal('mentoring-report'), year: planYear, language: languageSchema }),
    z.object({ kind: z.literal('visit-report'), visitId: id, language: languageSchema }),
    z.object({ kind: z.literal('school-term-report'), schoolId: picked('Choose a school', 'Pilih sekolah'), year: planYear, term: termSchema, language: languageSchema }),
    z.object({ kind: z.literal('cluster-term-report'), year: planYear, term: termSchema, language: languageSchema }),
    z.object({ kind: z.literal('cluster-profile'), year: planYear, language: languageSchema }),
    z.object({ kind: z.literal('sip-review'), schoolId: picked('Choose a school', 'Pilih sekolah'), year: planYear, language: languageSchema }),
    z.object({ kind: z.literal('kpi-review'), year: planYear, schoolId: picked('Choose a school', 'Pilih sekolah').optional(), language: languageSchema }),
  ],
  { error: bi('Choose a kind of document from the list', 'Pilih jenis dokumen daripada senarai') },
);
export type DocumentRequest = z.output<typeof documentRequest>;

const none = z.object({}).strict();

/** The contract. Output types are phantom: only the key and input schema exist at run time. */
export const api = {
  'app.status': { input: none, output: {} as AppStatus },
  'demo.load': { input: none, output: {} as { schools: number; team: number } },
  /** The years each year picker offers (those with data, and the current one) and the year it opens on. */
  'app.years': { input: none, output: {} as DataYears },

  'schools.list': {
    input: z.object({
      search: text(100, ['Search', 'Carian']).default(''),
      level: z.enum(SCHOOL_LEVELS).nullable().default(null),
      includeArchived: z.boolean().default(false),
      sort: z.enum(SCHOOL_SORT_KEYS).default('number'),
      direction: z.enum(['asc', 'desc']).default('asc'),
    }),
    output: {} as { items: SchoolSummary[]; counts: LevelCounts; total: number },
  },
  'schools.get': { input: z.object({ id }), output: {} as School },
  'schools.create': { input: schoolFields, output: {} as School },
  'schools.update': { input: schoolFields.extend({ id, version }), output: {} as School },
  'schools.archive': { input: z.object({ id }), output: {} as School },
  'schools.restore': { input: z.object({ id }), output: {} as School },
  /** The page of one school: what it shows, in one call. */
  'schools.overview': { input: z.object({ id }), output: {} as SchoolOverview },

  'profile.get': { input: none, output: {} as ClusterProfile },
  'profile.update': { input: profileFields.extend({ version }), output: {} as ClusterProfile },
  'profile.getLogo': { input: none, output: {} as { contentType: string; dataBase64: string } | null },
  'profile.setLogo': {
    input: z.object({
      contentType: z.enum(['image/png', 'image/jpeg'], { error: bi('The logo must be a PNG or JPEG image', 'Logo mestilah imej PNG atau JPEG') }),
      dataBase64: z
        .string()
        .min(1, bi('The image is empty', 'Imej ini kosong'))
        .max(2_800_000, bi('The logo is larger than 2 MB', 'Logo melebihi 2 MB'))
        .regex(/^[A-Za-z0-9+/]+=*$/, bi('The image data is not base64', 'Data imej bukan base64')),
    }),
    output: {} as ClusterProfile,
  },
  'profile.clearLogo': { input: none, output: {} as ClusterProfile },

  'team.list': { input: none, output: {} as TeamMember[] },
  /**
   * The team as one ordered list. Members taken off are named in `removed`: a member on the team that the save
   * neither keeps nor removes joined since the list was read, and the save is refused as a conflict.
   */
  'team.save': {
    input: z.object({
      members: z.array(teamMemberInput).max(50, bi('At most 50 team members', 'Paling banyak 50 ahli pasukan')),
      removed: z.array(z.object({ id, version })).max(50).default([]),
    }),
    output: {} as TeamMember[],
  },

  'settings.setLanguage': { input: z.object({ language: languageSchema }), output: {} as { language: 'ms' | 'en' } },

  'backups.list': { input: none, output: {} as BackupInfo[] },
  'backups.create': { input: none, output: {} as BackupInfo },
  'backups.restore': {
    input: z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/, bi('Choose a backup from the list', 'Pilih sandaran daripada senarai')) }),
    output: {} as AppStatus,
  },
  'recovery.startEmpty': { input: none, output: {} as AppStatus },

  /** A preview: nothing is numbered or registered. */
  'documents.render': { input: documentRequest, output: {} as DocumentFile },
  /** Saving or downloading: the document gets its reference number and a row in the register. */
  'documents.issue': {
    input: z.object({ request: documentRequest, keepReference: text(80, ['Reference number', 'Nombor rujukan']).optional() }),
    output: {} as DocumentFile,
  },
  /** The termly pack: every school's term report and the cluster report, issued together, as one .zip. */
  'documents.pack': { input: z.object({ year: planYear, term: termSchema, language: languageSchema }), output: {} as DocumentFile },
  'documents.signatories': { input: none, output: {} as Signatories },
  'documents.setSignatories': {
    input: z.object({
      preparedById: id.nullable().default(null),
      checkedById: id.nullable().default(null),
      approvedById: id.nullable().default(null),
      alternateId: id.nullable().default(null),
    }),
    output: {} as Signatories,
  },
  'documents.previousIssue': { input: z.object({ request: documentRequest }), output: {} as RegisterEntry | null },
  'documents.register': {
    input: z.object({ year: planYear.nullable().default(null), search: text(100, ['Search', 'Carian']).default('') }),
    output: {} as Register,
  },
  'documents.setReferencePattern': {
    input: z.object({ pattern: required(60, ['Reference pattern', 'Corak nombor rujukan']) }),
    output: {} as { pattern: string },
  },

  ...planApi,
  ...mentoringApi,
  ...visitsApi,
  ...todayApi,
  ...searchApi,
  ...exportsApi,
  ...importsApi,
  ...wseApi,
  ...sipApi,
  ...resultsApi,
  ...attendanceApi,
  ...supportApi,
} as const;

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = Api[M]['output'];
export const methods = Object.keys(api) as Method[];

/** Methods that still answer while the database is damaged or refused. */
export const RECOVERY_METHODS: readonly Method[] = ['app.status', 'backups.list', 'backups.restore', 'recovery.startEmpty'];

/** The client type both renderer transports implement. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
