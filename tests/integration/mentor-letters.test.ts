/**
 * Mentor appointment letters: the report model loaded from a real database (who signs, who is copied, a
 * fixed number of queries), the requests refused, and one LibreOffice reading per language: one page a letter.
 */
import { describe, expect, it } from 'vitest';
import { loadMentorLettersModel } from '../../electron/services/mentoring/mentor-letters-model';
import { DOCX_CONTENT_TYPE, type DocumentFile, type TeamMember } from '../../shared/domain';
import type { Assignment, AssignmentSummary, MentoringBoard, MentoringPerson } from '../../shared/mentoring/types';
import { failure } from '../helpers/api';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';
import { counted } from '../helpers/counted';

type Call = Awaited<ReturnType<typeof openApp>>['call'];

async function demoApp() {
  const app = await openApp(undefined, { language: 'en' });
  await app.call('demo.load');
  const team = await app.call<TeamMember[]>('team.list');
  const role = (r: TeamMember['role']) => team.find((m) => m.role === r) as TeamMember;
  return { ...app, team, head: role('cluster_head'), assistant: role('assistant_head'), officer: role('officer') };
}

/** Every pair of 2023 in reference order. */
async function pairsOf(call: Call): Promise<AssignmentSummary[]> {
  const board = await call<MentoringBoard>('mentoring.board', { year: 2023 });
  return [...board.mentors.flatMap((m) => m.assignments), ...board.ended].sort((a, b) => a.referenceNo.localeCompare(b.referenceNo));
}

describe('the mentor appointment letters model', () => {
  it('writes to every appointed pair: the head signs, her own letter is signed on her behalf, the mentee’s head is copied', async () => {
    const { ctx, call, head, assistant } = await demoApp();
    const first = counted(ctx.db());
    const m = await loadMentorLettersModel(first.db, 2023, undefined, 'ms', '2024-03-01');
    expect(m.year).toBe(2023);
    expect(m.letterhead).toMatchObject({ clusterName: 'Kluster 2', date: '2024-03-01', language: 'ms' });
    expect(m.letters.map((l) => l.referenceNo)).toEqual(Array.from({ length: 16 }, (_, i) => `KL2/MC/2023/${String(i + 1).padStart(2, '0')}`));

    // The demo's first pair: the cluster head mentors the new deputy of Pusat Tingkatan Enam Meragang (school 1).
    const [one, two, , four] = m.letters;
    expect(one).toEqual({
      referenceNo: 'KL2/MC/2023/01',
      date: '2023-02-15',
      year: 2023,
      mentor: { name: head.name, post: 'Ketua Kluster', place: 'Kluster 2' },
      mentee: { name: 'Rozaidi bin Ibrahim (demo)', post: 'Timbalan Pengetua', place: 'Pusat Tingkatan Enam Meragang' },
      schedule: 'monthly',
      startDate: '2023-03-01',
      endDate: '2023-09-30',
      focus: [
        { code: 'SL1', name: 'Memimpin hala tuju strategik sekolah', baseline: 2, target: 4 },
        { code: 'SL3', name: 'Membangunkan diri dan orang lain', baseline: 3, target: 4 },
      ],
      goals: 'Demo: raise the focus competencies to Tahap 4 by the end of the programme.',
      signer: { name: assistant.name, post: 'Penolong Ketua Kluster', onBehalf: true },
      copies: [
        { name: 'Nurul Ain binti Ahmad (demo)', post: 'Pengetua', place: 'Pusat Tingkatan Enam Meragang' },
        { name: 'Rozaidi bin Ibrahim (demo)', post: 'Timbalan Pengetua', place: 'Pusat Tingkatan Enam Meragang' },
      ],
    });
    // The assistant head's pair: the cluster head signs in her own name.
    expect(two?.mentor.name).toBe(assistant.name);
    expect(two?.signer).toEqual({ name: head.name, post: 'Ketua Kluster 2', onBehalf: false });
    // Every fourth mentee is the school's head: copied once.
    expect(four?.copies).toEqual([four?.mentee]);
    expect(four?.copies[0]?.post).toBe('Pengetua');
    for (const l of m.letters.filter((x) => x.mentor.name !== head.name)) expect(l.signer, l.referenceNo).toEqual({ name: head.name, post: 'Ketua Kluster 2', onBehalf: false });

    // One letter or sixteen: the same reads.
    const board = await pairsOf(call);
    const single = counted(ctx.db());
    const only = await loadMentorLettersModel(single.db, 2023, [board[5]!.id], 'en', '2024-03-01');
    expect(only.letters.map((l) => l.referenceNo)).toEqual(['KL2/MC/2023/06']);
    expect(single.seen.queries).toBe(first.seen.queries);
    // The pairs with their people, focus, sessions, actions and assessments; the team; profile, logo and
    // the signatories setting; the schools and heads named.
    expect(first.seen.queries).toBe(12);
  });

  it('follows Settings: another approver signs, and not her own mentee’s letter; a school with no head on record leaves the name to fill in', async () => {
    const { ctx, call, head, assistant, officer } = await demoApp();
    await call('documents.setSignatories', { approvedById: officer.id, alternateId: null });
    // The head of school 2 (whose deputy is the second mentee) leaves.
    const pairs = await pairsOf(call);
    const second = pairs[1] as AssignmentSummary;
    await ctx.db().updateTable('people').set({ archived_at: '2024-01-01T00:00:00Z' }).where('leader_role', '=', 'head').where('school_id', '=', second.mentee.schoolId).execute();

    const m = await loadMentorLettersModel(ctx.db(), 2023, undefined, 'en', '2024-03-01');
    const byMentor = (id: number) => m.letters.filter((_, i) => pairs[i]?.mentor.id === id);
    // The officer approves: she signs the cluster head's and assistant's letters; her own mentees' letters
    // are signed by the assistant head for the cluster head.
    for (const l of [...byMentor(head.id), ...byMentor(assistant.id)]) expect(l.signer, l.referenceNo).toEqual({ name: officer.name, post: 'Working Group Officer', onBehalf: false });
    const own = byMentor(officer.id);
    expect(own.length).toBeGreaterThan(0);
    for (const l of own) expect(l.signer, l.referenceNo).toEqual({ name: assistant.name, post: 'Assistant Cluster Head', onBehalf: true });
    // Focus named in English; the school's head unknown: the post and the school, the name by hand.
    expect(m.letters[0]?.focus[0]?.name).not.toBe('Memimpin hala tuju strategik sekolah');
    expect(m.letters[1]?.copies).toEqual([
      { name: null, post: 'Head of School', place: 'Sekolah Menengah Pengiran Anak Puteri Hajah Masna' },
      { name: second.mentee.name, post: 'Timbalan Pengetua', place: 'Sekolah Menengah Pengiran Anak Puteri Hajah Masna' },
    ]);
  });

  it('writes to chosen pairs only, and refuses pairs of another year, unknown or proposed pairs and years with none appointed', async () => {
    const { call } = await demoApp();
    const pairs = await pairsOf(call);
    const letters = (language: 'ms' | 'en', extra: { year?: number; assignmentIds?: number[] } = {}) =>
      call<DocumentFile>('documents.render', { kind: 'mentor-appointment-letters', year: 2023, language, ...extra });
    const one = pairs[3] as AssignmentSummary;
    const single = await letters('ms', { assignmentIds: [one.id] });
    expect(single.contentType).toBe(DOCX_CONTENT_TYPE);
    expect(single.fileName.startsWith(`Surat Perlantikan Mentor 2023 – ${one.mentor.name}`)).toBe(true);

    const people = await call<MentoringPerson[]>('mentoring.people');
    const mentor = people.find((p) => p.teamRole === 'officer');
    const mentee = people.find((p) => p.leaderRole !== null && p.name.endsWith('(demo)'));
    const competencies = await call<{ id: number }[]>('competencies.list', {});
    const later = await call<Assignment>('assignments.create', { year: 2024, mentorId: mentor?.id, menteeId: mentee?.id, schedule: 'monthly', focus: [{ competencyId: competencies[0]?.id, baseline: 2, target: 3 }] });
    expect(later.status).toBe('proposed');

    const otherYear = await failure(letters('en', { assignmentIds: [one.id, later.id] }));
    expect(otherYear).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds', message: `Pair ${later.id} is not in the 2023 programme.` });
    expect(await failure(letters('en', { assignmentIds: [999_999] }))).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds' });
    expect(await failure(letters('en', { year: 2024, assignmentIds: [later.id] }))).toMatchObject({ code: 'VALIDATION', field: 'assignmentIds' });
    expect(await failure(letters('en', { year: 2024 }))).toMatchObject({ code: 'VALIDATION', field: 'year', message: 'No appointed pairs in 2024 to write letters for.' });
    await call('settings.setLanguage', { language: 'ms' });
    expect((await failure(letters('ms', { year: 2030 }))).message).toBe('Tiada pasangan yang dilantik pada tahun 2030 untuk disediakan surat.');
  });
});

describe('the mentor appointment letters document', () => {
  it.each([
    ['ms', 'Ruj. Kami', 'b.p. Ketua Kluster 2', 's.k.', 'AKUAN PENERIMAAN PERLANTIKAN', 'Tandatangan:', 'Halaman 1'],
    ['en', 'Our ref.', 'for Head of Kluster 2', 'c.c.', 'ACCEPTANCE OF APPOINTMENT', 'Signature:', 'Page 1'],
  ] as const)('gives each of the 16 demo letters one page in LibreOffice, in %s, with its slip', async (language, ourRef, onBehalf, copy, slip, signature, page) => {
    const { call, head, assistant } = await demoApp();
    const pairs = await pairsOf(call);
    const file = await call<DocumentFile>('documents.render', { kind: 'mentor-appointment-letters', year: 2023, language });
    expect(file.fileName).toMatch(language === 'ms' ? /^Surat Perlantikan Mentor 2023 \d{4}-\d{2}-\d{2}\.docx$/ : /^Mentor Appointment Letters 2023 \d{4}-\d{2}-\d{2}\.docx$/);
    const pdf = await toPdf(file.data);
    expect(await pdfPages(pdf)).toBe(16);
    const pages = (await pdfText(pdf)).split('\f').filter((p) => p.trim() !== '').map((p) => p.replace(/[\s\u00a0]+/g, ' '));
    expect(pages).toHaveLength(16);
    pages.forEach((text, i) => {
      const pair = pairs[i] as AssignmentSummary;
      const label = `page ${i + 1}`;
      // Each page is one whole letter: its own reference, mentor, mentee, signature, copy, slip and footer.
      expect(pairs.filter((p) => text.includes(p.referenceNo)).map((p) => p.referenceNo), label).toEqual([pair.referenceNo]);
      for (const w of [`${ourRef}: ${pair.referenceNo}`, pair.mentor.name, pair.mentee.name, copy, slip, signature, `${pair.referenceNo} · ${page}`]) expect(text, `${label}: ${w}`).toContain(w);
      if (pair.mentor.id === head.id) {
        expect(text, label).toContain(`(${assistant.name})`);
        expect(text, label).toContain(onBehalf);
      } else {
        expect(text, label).toContain(`(${head.name})`);
        expect(text, label).not.toContain(onBehalf);
      }
    });
  });
});
