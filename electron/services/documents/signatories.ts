/** The signatories setting: kept as one settings entry, checked against the team when saved. */
import type { Kysely } from 'kysely';
import { resolveSignatories, type Signatories, type SignatoriesSetting } from '../../../shared/documents/signatories';
import { bi, FieldErrors } from '../../../shared/errors';
import type { TeamMember } from '../../../shared/domain';
import type { DB } from '../../../db/schema';
import { getProfile } from '../cluster/profile';
import { readSetting, writeSetting } from '../cluster/settings';
import { listTeam } from '../cluster/team';

type Db = Kysely<DB>;
const KEY = 'documents.signatories';
const NONE: SignatoriesSetting = { preparedById: null, checkedById: null, approvedById: null, alternateId: null };

export async function readSignatoriesSetting(db: Db): Promise<SignatoriesSetting> {
  try {
    const stored = JSON.parse((await readSetting(db, KEY)) ?? '{}') as Partial<SignatoriesSetting>;
    const pick = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
    return { preparedById: pick(stored.preparedById), checkedById: pick(stored.checkedById), approvedById: pick(stored.approvedById), alternateId: pick(stored.alternateId) };
  } catch {
    return NONE;
  }
}

/**
 * Who signs, defaults filled in; someone since taken off the team falls back to the default. `team` may be
 * passed when the caller has read it already.
 */
export async function loadSignatories(db: Db, opts: { team?: TeamMember[] } = {}): Promise<Signatories> {
  const [setting, team, profile] = await Promise.all([readSignatoriesSetting(db), opts.team ?? listTeam(db), getProfile(db)]);
  return resolveSignatories(setting, team, profile.preparedById);
}

export async function saveSignatories(db: Db, setting: SignatoriesSetting): Promise<Signatories> {
  await db.transaction().execute(async (trx) => {
    const team = new Set((await listTeam(trx)).map((m) => m.id));
    const problems = new FieldErrors();
    for (const field of ['preparedById', 'checkedById', 'approvedById', 'alternateId'] as const) {
      const id = setting[field];
      if (id !== null && !team.has(id)) problems.add(field, bi('Choose someone on the cluster team.', 'Pilih ahli pasukan kluster.'));
    }
    if (setting.alternateId !== null && setting.alternateId === setting.approvedById) {
      problems.add('alternateId', bi('The alternate signs when the approver cannot: choose someone else.', 'Penandatangan ganti menandatangani apabila pengesah tidak boleh: pilih orang lain.'));
    }
    problems.throwIfAny();
    await writeSetting(trx, KEY, JSON.stringify(setting));
  });
  return loadSignatories(db);
}
