/** The letterhead every document starts with: the cluster profile, its logo and who prepares documents, read once. */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { LetterheadModel, Signer } from '../../../shared/documents/models';
import type { TeamMember } from '../../../shared/domain';
import { dictionaries } from '../../../shared/i18n';
import { imageSize } from '../../documents/image-size';
import { getLogo, getProfile } from './profile';
import { listTeam } from './team';

/** A team member's post in the document's language: the role's name, or the label typed for "other". */
export const postOf = (m: Pick<TeamMember, 'role' | 'roleLabel'>, language: Language) =>
  m.role === 'other' ? m.roleLabel : dictionaries[language].teamRole[m.role];

/** The letterhead; `team` may be passed when the caller has read it already. */
export async function loadLetterheadModel(
  db: Kysely<DB>,
  language: Language,
  opts: { date?: string; team?: TeamMember[] } = {},
): Promise<LetterheadModel> {
  const [profile, logo, team] = await Promise.all([getProfile(db), getLogo(db), opts.team ? Promise.resolve(opts.team) : listTeam(db)]);
  const preparer = team.find((m) => m.id === profile.preparedById) ?? team.find((m) => m.role === 'clerk') ?? null;
  const size = logo ? imageSize(logo.data) : null;
  return {
    clusterName: profile.name,
    ministry: profile.ministry,
    department: profile.department,
    address: profile.address,
    logo: logo && size ? { type: logo.contentType === 'image/png' ? 'png' : 'jpg', data: logo.data, ...size } : null,
    preparedBy: preparer ? { name: preparer.name, post: postOf(preparer, language) } : null,
    date: opts.date ?? todayLocal(),
    language,
  };
}

/**
 * Prepared by the office's chosen preparer, dated the day of issue; approved by the cluster head, dated by
 * hand. Reports share this default until Settings names who signs which.
 */
export function defaultSignOff(lh: LetterheadModel, team: TeamMember[]): Signer[] {
  const head = team.find((m) => m.role === 'cluster_head');
  const out: Signer[] = [
    { role: 'prepared', name: lh.preparedBy?.name ?? null, post: lh.preparedBy ? [lh.preparedBy.post] : [], date: lh.date },
  ];
  out.push({ role: 'approved', name: head?.name ?? null, post: [head ? postOf(head, lh.language) : '', lh.clusterName], date: null });
  return out;
}
