/**
 * The termly pack's covering letter: its report model loaded from a real database with the demo, in both
 * languages, and read in the same few queries whatever the number of attachments.
 */
import { describe, expect, it } from 'vitest';
import { loadCoveringLetterModel } from '../../electron/services/documents/covering-letter-model';
import type { TeamMember } from '../../shared/domain';
import { openApp } from '../helpers/tmp';
import { counted } from '../helpers/counted';

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const team = await app.call<TeamMember[]>('team.list');
  const role = (r: TeamMember['role']) => team.find((m) => m.role === r) as TeamMember;
  return { ...app, head: role('cluster_head'), assistant: role('assistant_head') };
}

/** `n` attachments as the pack would list them: the schools' reports, then the cluster's. */
const attachments = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ referenceNo: i === 1 ? null : `KL/LPS/2024/${String(i + 1).padStart(3, '0')}`, title: `Laporan Penggal 1 2024: Sekolah ${i + 1}` }));

describe('the covering letter model', () => {
  it('is addressed to the Director of Schools and signed by the demo’s Ketua Kluster, in Malay and in English', async () => {
    const { ctx, head } = await demoApp();
    const list = attachments(3);
    const ms = await loadCoveringLetterModel(ctx.db(), { year: 2024, term: 1, language: 'ms', attachments: list, date: '2024-03-22' });
    expect(ms).toMatchObject({
      year: 2024,
      term: 1,
      date: '2024-03-22',
      recipient: ['Pengarah Sekolah-Sekolah', 'Jabatan Sekolah-Sekolah', 'Kementerian Pendidikan', 'Negara Brunei Darussalam'],
      subject: 'LAPORAN PENGGAL 1 TAHUN 2024 – KLUSTER 2',
      signer: { name: head.name, post: 'Ketua Kluster 2', onBehalf: false },
    });
    expect(ms.letterhead).toMatchObject({ clusterName: 'Kluster 2', date: '2024-03-22', language: 'ms' });
    // The attachments as given, in their order.
    expect(ms.attachments).toEqual(list);

    const en = await loadCoveringLetterModel(ctx.db(), { year: 2024, term: 2, language: 'en', attachments: list, date: '2024-06-14' });
    expect(en).toMatchObject({
      term: 2,
      recipient: ['Director of Schools', 'Department of Schools', 'Ministry of Education', 'Brunei Darussalam'],
      subject: 'TERM 2 2024 REPORTS – KLUSTER 2',
      signer: { name: head.name, post: 'Head of Kluster 2', onBehalf: false },
    });
    expect(en.letterhead.language).toBe('en');
    expect(en.attachments).toEqual(list);
  });

  it('follows Settings: another approver signs “b.p.” the cluster head', async () => {
    const { ctx, call, assistant } = await demoApp();
    await call('documents.setSignatories', { approvedById: assistant.id });
    const m = await loadCoveringLetterModel(ctx.db(), { year: 2024, term: 1, language: 'ms', attachments: [] });
    expect(m.signer).toEqual({ name: assistant.name, post: 'Penolong Ketua Kluster', onBehalf: true });
    // Issued today when no date is given.
    expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.letterhead.date).toBe(m.date);
  });

  it('reads as often for one attachment as for twenty-seven', async () => {
    const { ctx } = await demoApp();
    const one = counted(ctx.db());
    expect((await loadCoveringLetterModel(one.db, { year: 2024, term: 1, language: 'ms', attachments: attachments(1) })).attachments).toHaveLength(1);
    const many = counted(ctx.db());
    expect((await loadCoveringLetterModel(many.db, { year: 2024, term: 1, language: 'ms', attachments: attachments(27) })).attachments).toHaveLength(27);
    expect(many.seen.queries).toBe(one.seen.queries);
    // The profile, logo, team and the signatories setting.
    expect(one.seen.queries).toBe(4);
  });
});
