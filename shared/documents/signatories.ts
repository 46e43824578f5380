/** Who signs the office's documents: set in Settings, with defaults taken from the team's roles. */
import type { TeamMember } from '../domain';

export interface SignatoriesSetting {
  /** "Disediakan oleh": null follows the profile's "prepared by". */
  preparedById: number | null;
  /** "Disemak oleh": null leaves the line out. */
  checkedById: number | null;
  /** "Disahkan oleh", and who signs letters: null means the Ketua Kluster. */
  approvedById: number | null;
  /** Signs a letter instead when the approver is its subject (a mentor's own appointment): null means the Penolong Ketua Kluster. */
  alternateId: number | null;
}

export interface Signatory {
  id: number;
  name: string;
  /** The post as printed under the name. */
  role: TeamMember['role'];
  roleLabel: string;
  /** The "other" post's label in English; empty or absent falls back to `roleLabel`. */
  roleLabelEn?: string;
}

/** The people behind the setting, defaults filled in; a role nobody holds stays null. */
export interface Signatories {
  setting: SignatoriesSetting;
  preparedBy: Signatory | null;
  checkedBy: Signatory | null;
  approvedBy: Signatory | null;
  alternate: Signatory | null;
}

const signer = (m: TeamMember | undefined): Signatory | null => (m ? { id: m.id, name: m.name, role: m.role, roleLabel: m.roleLabel, roleLabelEn: m.roleLabelEn } : null);

/** The one rule for who signs what, from the setting, the team and the profile's "prepared by". */
export function resolveSignatories(setting: SignatoriesSetting, team: readonly TeamMember[], profilePreparedById: number | null): Signatories {
  const byId = (id: number | null) => (id === null ? undefined : team.find((m) => m.id === id));
  const byRole = (role: TeamMember['role']) => team.find((m) => m.role === role);
  return {
    setting,
    preparedBy: signer(byId(setting.preparedById) ?? byId(profilePreparedById) ?? byRole('clerk')),
    checkedBy: signer(byId(setting.checkedById)),
    approvedBy: signer(byId(setting.approvedById) ?? byRole('cluster_head')),
    alternate: signer(byId(setting.alternateId) ?? byRole('assistant_head')),
  };
}

/** Who signs a letter about `subjectId` (a mentor's appointment): never the person it is addressed to. */
export function letterSigner(s: Signatories, subjectId: number): { signer: Signatory | null; onBehalf: boolean } {
  if (s.approvedBy && s.approvedBy.id !== subjectId) return { signer: s.approvedBy, onBehalf: false };
  if (s.alternate && s.alternate.id !== subjectId) return { signer: s.alternate, onBehalf: true };
  return { signer: null, onBehalf: false };
}
