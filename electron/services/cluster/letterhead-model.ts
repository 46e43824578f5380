/** The letterhead every document starts with: the cluster profile, its logo and who prepares documents, read once. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { inLanguage } from '../../../shared/bilingual';
import { todayLocal, type Language } from '../../../shared/dates';
import type { LetterheadModel, Signer } from '../../../shared/documents/models';
import { resolveSignatories, type Signatories, type Signatory } from '../../../shared/documents/signatories';
import type { ClusterProfile, TeamMember } from '../../../shared/domain';
import { dictionaries } from '../../../shared/i18n';
import { imageSize } from '../../documents/image-size';
import { getLogo, getProfile } from './profile';
import { readSignatoriesSetting } from '../documents/signatories';
import { listTeam } from './team';

/** A team member's post in the document's language: the role's name, or the label typed for "other" (English falls back to Malay). */
export const postOf = (m: Pick<TeamMember, 'role' | 'roleLabel'> & { roleLabelEn?: string }, language: Language) =>
  m.role === 'other' ? inLanguage(m.roleLabel, m.roleLabelEn ?? '', language) : dictionaries[language].teamRole[m.role];

/**
 * The letterhead and who signs, from one read of the profile, logo, team and signatories setting. "Prepared
 * by" on every document follows the signatories (Settings), so old and new layouts name the same person.
 * `team` and `profile` may be passed when the caller has read them already.
 */
export async function loadDocumentHead(
  db: Kysely<DB>,
  language: Language,
  opts: { date?: string; team?: TeamMember[]; profile?: ClusterProfile } = {},
): Promise<{ letterhead: LetterheadModel; signatories: Signatories }> {
  const [profile, logo, team, setting] = await Promise.all([
    opts.profile ? Promise.resolve(opts.profile) : getProfile(db),
    getLogo(db),
    opts.team ? Promise.resolve(opts.team) : listTeam(db),
    readSignatoriesSetting(db),
  ]);
  const signatories = resolveSignatories(setting, team, profile.preparedById);
  const preparer = signatories.preparedBy;
  const size = logo ? imageSize(logo.data) : null;
  const letterhead: LetterheadModel = {
    clusterName: inLanguage(profile.name, profile.nameEn, language),
    ministry: inLanguage(profile.ministry, profile.ministryEn, language),
    department: inLanguage(profile.department, profile.departmentEn, language),
    address: inLanguage(profile.address, profile.addressEn, language),
    logo: logo && size ? { type: logo.contentType === 'image/png' ? 'png' : 'jpg', data: logo.data, ...size } : null,
    preparedBy: preparer ? { name: preparer.name, post: postOf(preparer, language) } : null,
    date: opts.date ?? todayLocal(),
    language,
  };
  return { letterhead, signatories };
}

export async function loadLetterheadModel(db: Kysely<DB>, language: Language, opts: { date?: string; team?: TeamMember[] } = {}): Promise<LetterheadModel> {
  return (await loadDocumentHead(db, language, opts)).letterhead;
}

/**
 * The sign-off of a report as Settings name it: prepared by (dated the day of issue), checked by when someone
 * is named, approved by (dated by hand).
 */
export function signOffFrom(lh: LetterheadModel, s: Signatories): Signer[] {
  const line = (role: Signer['role'], p: Signatory | null, date: string | null): Signer => ({
    role,
    name: p?.name ?? null,
    post: p ? [postOf(p, lh.language), ...(role === 'approved' ? [lh.clusterName] : [])] : [],
    date,
  });
  return [line('prepared', s.preparedBy, lh.date), ...(s.checkedBy ? [line('checked', s.checkedBy, null)] : []), line('approved', s.approvedBy, null)];
}
