import { describe, expect, it } from 'vitest';
import { letterSigner, type Signatories } from '../../shared/documents/signatories';
import type { TeamMember } from '../../shared/domain';
import { failure } from '../helpers/api';
import { openApp } from '../helpers/tmp';

describe('who signs documents', () => {
  it('defaults to the roles of the team, and takes the setting once saved', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const team = await call<TeamMember[]>('team.list');
    const role = (r: TeamMember['role']) => team.find((m) => m.role === r) as TeamMember;
    const s = await call<Signatories>('documents.signatories');
    expect(s.approvedBy?.id).toBe(role('cluster_head').id);
    expect(s.alternate?.id).toBe(role('assistant_head').id);
    expect(s.checkedBy).toBeNull();
    expect(s.preparedBy).not.toBeNull();

    const officer = role('officer');
    const saved = await call<Signatories>('documents.setSignatories', { checkedById: officer.id, approvedById: role('assistant_head').id, alternateId: role('cluster_head').id });
    expect(saved.checkedBy?.name).toBe(officer.name);
    expect(saved.approvedBy?.id).toBe(role('assistant_head').id);
    expect((await call<Signatories>('documents.signatories')).setting).toEqual({ preparedById: null, checkedById: officer.id, approvedById: role('assistant_head').id, alternateId: role('cluster_head').id });
  });

  it('refuses someone off the team and an alternate who is the approver, both at once', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const head = (await call<TeamMember[]>('team.list')).find((m) => m.role === 'cluster_head') as TeamMember;
    const e = await failure(call('documents.setSignatories', { checkedById: 99_999, approvedById: head.id, alternateId: head.id }));
    expect(e.code).toBe('VALIDATION');
    expect(e.errors?.map((x) => x.field).sort()).toEqual(['alternateId', 'checkedById']);
    expect((await call<Signatories>('documents.signatories')).setting.checkedById).toBeNull();
  });

  it('never has a letter signed by the person it appoints', () => {
    const person = (id: number) => ({ id, name: `P${id}`, role: 'officer' as const, roleLabel: '' });
    const s: Signatories = { setting: { preparedById: null, checkedById: null, approvedById: null, alternateId: null }, preparedBy: null, checkedBy: null, approvedBy: person(1), alternate: person(2) };
    expect(letterSigner(s, 7)).toEqual({ signer: person(1), onBehalf: false });
    expect(letterSigner(s, 1)).toEqual({ signer: person(2), onBehalf: true });
    expect(letterSigner({ ...s, alternate: null }, 1)).toEqual({ signer: null, onBehalf: false });
  });
});
