/** The cluster profile: name, mission, vision, letterhead lines, the profile document's texts (each in BM and EN) and logo, kept in one row. */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../shared/dates';
import type { ParsedInput, ProfileInput } from '../../../shared/api';
import type { ClusterProfile } from '../../../shared/domain';
import { bi, validationError } from '../../../shared/errors';
import type { DB } from '../../../db/schema';
import { imageSize } from '../../documents/image-size';
import { updateVersioned } from '../versions';

export async function getProfile(db: Kysely<DB>): Promise<ClusterProfile> {
  const p = await db
    .selectFrom('cluster_profile')
    .select(['name', 'former_name', 'mission', 'vision', 'ministry', 'department', 'address', 'introduction', 'services', 'prepared_by_id', 'version'])
    .select(['name_en', 'former_name_en', 'ministry_en', 'department_en', 'address_en', 'mission_en', 'vision_en', 'introduction_en', 'services_en'])
    .select(['main_role', 'main_role_en', 'logo_description', 'logo_description_en', 'cross_competencies', 'cross_competencies_en', 'team_as_of'])
    .select((eb) => eb('logo', 'is not', null).as('has_logo'))
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    name: p.name,
    formerName: p.former_name,
    mission: p.mission,
    vision: p.vision,
    ministry: p.ministry,
    department: p.department,
    address: p.address,
    introduction: p.introduction,
    services: p.services,
    nameEn: p.name_en,
    formerNameEn: p.former_name_en,
    ministryEn: p.ministry_en,
    departmentEn: p.department_en,
    addressEn: p.address_en,
    missionEn: p.mission_en,
    visionEn: p.vision_en,
    introductionEn: p.introduction_en,
    servicesEn: p.services_en,
    mainRole: p.main_role,
    mainRoleEn: p.main_role_en,
    logoDescription: p.logo_description,
    logoDescriptionEn: p.logo_description_en,
    crossCompetencies: p.cross_competencies,
    crossCompetenciesEn: p.cross_competencies_en,
    teamAsOf: p.team_as_of,
    hasLogo: Boolean(p.has_logo),
    preparedById: p.prepared_by_id,
    version: p.version,
  };
}

export async function updateProfile(db: Kysely<DB>, input: ProfileInput & { version: number }): Promise<ClusterProfile> {
  await db.transaction().execute(async (trx) => {
    if (input.preparedById !== null) {
      const member = await trx
        .selectFrom('people')
        .select('id')
        .where('id', '=', input.preparedById)
        .where('team_role', 'is not', null)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
      if (!member) throw validationError('preparedById', bi('Choose a member of the cluster team.', 'Pilih ahli pasukan kluster.'));
    }
    const set = {
      name: input.name,
      former_name: input.formerName,
      mission: input.mission,
      vision: input.vision,
      ministry: input.ministry,
      department: input.department,
      address: input.address,
      introduction: input.introduction,
      services: input.services,
      name_en: input.nameEn,
      former_name_en: input.formerNameEn,
      ministry_en: input.ministryEn,
      department_en: input.departmentEn,
      address_en: input.addressEn,
      mission_en: input.missionEn,
      vision_en: input.visionEn,
      introduction_en: input.introductionEn,
      services_en: input.servicesEn,
      main_role: input.mainRole,
      main_role_en: input.mainRoleEn,
      logo_description: input.logoDescription,
      logo_description_en: input.logoDescriptionEn,
      cross_competencies: input.crossCompetencies,
      cross_competencies_en: input.crossCompetenciesEn,
      team_as_of: input.teamAsOf,
      prepared_by_id: input.preparedById,
      updated_at: nowIso(),
    };
    await updateVersioned(trx, 'cluster_profile', 1, input.version, set, ['Cluster profile', 'Profil kluster']);
  });
  return getProfile(db);
}

const SIGNATURES: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export async function setLogo(db: Kysely<DB>, input: ParsedInput<'profile.setLogo'>): Promise<ClusterProfile> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const sig = SIGNATURES[input.contentType] ?? [];
  if (bytes.length < sig.length || sig.some((b, i) => bytes[i] !== b) || !imageSize(bytes)) {
    const kind = input.contentType === 'image/png' ? 'PNG' : 'JPEG';
    throw validationError('dataBase64', bi(`This file is not a ${kind} image.`, `Fail ini bukan imej ${kind}.`));
  }
  await db
    .updateTable('cluster_profile')
    .set({ logo: bytes, logo_type: input.contentType, updated_at: nowIso() })
    .where('id', '=', 1)
    .execute();
  return getProfile(db);
}

export async function clearLogo(db: Kysely<DB>): Promise<ClusterProfile> {
  await db.updateTable('cluster_profile').set({ logo: null, logo_type: null }).where('id', '=', 1).execute();
  return getProfile(db);
}

export async function getLogo(db: Kysely<DB>): Promise<{ contentType: string; data: Buffer } | null> {
  const row = await db.selectFrom('cluster_profile').select(['logo', 'logo_type']).where('id', '=', 1).executeTakeFirst();
  if (!row?.logo || !row.logo_type) return null;
  return { contentType: row.logo_type, data: Buffer.from(row.logo) };
}
