import { describe, expect, it } from 'vitest';
import { loadClusterProfileModel } from '../../electron/services/cluster/cluster-profile-model';
import type { DocumentFile, SchoolSummary } from '../../shared/domain';
import type { Plan } from '../../shared/plan/types';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { openApp } from '../helpers/tmp';
import { counted } from '../helpers/counted';

async function demoApp() {
  const app = await openApp();
  await app.call('demo.load');
  return app;
}

describe('the cluster profile model', () => {
  it('reads the demo in the document language, the initiatives in the profile order, in a fixed number of queries', async () => {
    const { ctx, call } = await demoApp();
    const first = counted(ctx.db());
    const en = await loadClusterProfileModel(first.db, 2023, 'en', '2024-03-01');

    expect(en.teamAsOf).toBe('2023-06');
    expect(en.team.map((t) => [t.post, t.names.length])).toEqual([
      ['Cluster Head', 1],
      ['Assistant Cluster Head', 1],
      ['Working Group Officer', 5],
      ['Clerk', 1],
    ]);
    expect(en.counts).toEqual({ sixth_form: 1, secondary: 7, primary: 18, other: 0 });
    expect(en.schoolGroups.flatMap((g) => g.schools).map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    // The profile's own list, STEPS second; one heading each, the code only where the name does not say it.
    expect(en.initiatives.map((i) => i.heading)).toEqual([
      'Executive Professional Intellectual Collaboration (EPIC)',
      'Progress Review (School Leaders, Teachers Engaging Parallel Sessions) (STEPS)',
      'Mentoring and Coaching (Selected School Leaders)',
      'Peer Review School Improvement Plan (SIP PEER REVIEW)',
      'PD Cycle',
      'WSE Initiative Leadership Learning Circle (WILL)',
      'Problem-Based and Active-Learning for Cluster Two Schools (PACTS)',
      'Primary Subject Based Committee (PSBC)',
    ]);
    expect(en.initiatives[1]?.paragraphs).toHaveLength(4);
    expect(en.initiatives[0]?.paragraphs[0]).toMatch(/^The EPIC initiative encourages dynamic collaboration/);
    // Six services; the SIP service has its three sub-points.
    expect(en.services.map((s) => s.points.length)).toEqual([0, 3, 0, 0, 0, 0]);
    expect(en.services[1]?.name).toBe('SIP Development and Consultation');
    expect(en.crossCompetencies).toEqual(['Communication', 'Decision making', 'Digital literacy']);
    expect(en.logo.parts).toHaveLength(4);
    expect(en.mainRole).toBe('To support and develop schools and school leaders.');
    expect(en.letterhead).toMatchObject({ clusterName: 'Kluster 2', ministry: 'Ministry of Education, Brunei Darussalam', department: 'Department of Schools' });
    // The WSE terms of reference: the 13 aspects of the cluster, domain by domain.
    expect(en.wseTerms?.map((d) => d.rows.length)).toEqual([4, 7, 1, 1]);
    // The calendar grid, in the plan's own order, with its names in English.
    expect(en.calendar?.initiatives.map((i) => i.code).slice(0, 2)).toEqual(['EPIC', 'MENTORING & COACHING']);
    expect(en.calendar?.initiatives[0]?.name).toBe('Executive Professional Intellectual Collaboration');

    const ms = await loadClusterProfileModel(ctx.db(), 2023, 'ms', '2024-03-01');
    expect(ms.team[2]?.post).toBe('Kumpulan Kerja');
    expect(ms.services[0]?.name).toBe('Lawatan Sekolah dan Pemerhatian Pengajaran');
    expect(ms.crossCompetencies).toEqual(['Komunikasi', 'Membuat keputusan', 'Literasi Digital']);
    expect(ms.letterhead.ministry).toBe('Kementerian Pendidikan, Negara Brunei Darussalam');

    // The user's order: STEPS first. More schools and an archived one: not one query more.
    const plan = await call<Plan>('plan.get', { year: 2023 });
    const steps = plan.initiatives.find((i) => i.code === 'STEPS');
    await call('initiatives.setProfileOrder', { year: 2023, ids: [steps?.id, ...plan.initiatives.filter((i) => i !== steps).map((i) => i.id)] });
    for (const n of [1, 2, 3]) await call('schools.create', { name: `Sekolah Rendah Baru ${n}`, abbreviation: `SR BARU${n}`, level: 'primary' });
    const { items } = await call<{ items: SchoolSummary[] }>('schools.list', {});
    await call('schools.archive', { id: items[0]?.id });
    const second = counted(ctx.db());
    const after = await loadClusterProfileModel(second.db, 2023, 'en', '2024-03-01');
    expect(after.initiatives[0]?.code).toBe('STEPS');
    expect(after.counts.primary).toBe(21);
    expect(second.seen.queries).toBe(first.seen.queries);
    // Profile, team, logo, who signs, schools; the plan's window, terms and holidays, initiatives, lanes, phases,
    // target schools; the calendar grid's window, initiatives with lanes and phases, terms and holidays, exams;
    // the WSE domains and aspects.
    expect(first.seen.queries).toBeLessThanOrEqual(17);

    // A year without a plan.
    const none = await loadClusterProfileModel(ctx.db(), 2025, 'en', '2024-03-01');
    expect([none.hasPlan, none.calendar, none.initiatives]).toEqual([false, null, []]);
  });
});

/** Text as a reader sees it: line breaks and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

const SMOKE = {
  ms: {
    words: ['PROFIL KLUSTER 2', 'Kandungan', 'Sehingga Jun 2023, Kluster 2 terdiri daripada:', 'Kecekapan Merentas', 'Literasi Digital', 'memastikan sekolah menyediakan SIP mereka', 'Inisiatif EPIC menggalakkan kolaborasi dinamik', 'Kalendar Inisiatif Kluster 2 2023'],
    never: ['As of', 'Services'],
  },
  en: {
    words: ['KLUSTER 2 PROFILE', 'Contents', 'As of June 2023, Kluster 2 is made up of:', 'Cross Competencies', 'Digital literacy', 'ensuring that schools prepare their SIP', 'The EPIC initiative encourages dynamic collaboration', 'Kluster 2 Initiative Calendar 2023', 'MINISTRY OF EDUCATION, BRUNEI DARUSSALAM'],
    // The English profile reads as English: none of the Malay texts or headings.
    never: ['Sehingga', 'Pengenalan', 'Perkhidmatan', 'Kecekapan', 'Inisiatif EPIC', 'Peranan', 'memastikan', 'KEMENTERIAN', 'Halaman'],
  },
} as const;

describe.each(['ms', 'en'] as const)('the cluster profile in LibreOffice, in %s', (language) => {
  it('opens with its contents, ends with the calendar on its own page, and reads in its language', async () => {
    const { call } = await demoApp();
    const file = await call<DocumentFile>('documents.render', { kind: 'cluster-profile', year: 2023, language });
    const pdf = await toPdf(file.data);
    const pages = await pdfPages(pdf);
    const raw = await pdfText(pdf);
    const pageTexts = raw.split('\f').map(fold);
    const text = fold(raw);
    expect(pages).toBeGreaterThanOrEqual(5);
    // The WSE tables take about three pages.
    expect(pages).toBeLessThanOrEqual(12);
    for (const w of SMOKE[language].words) expect(text, w).toContain(w);
    for (const w of SMOKE[language].never) expect(text, w).not.toContain(w);
    // The first page holds the contents; the last holds the calendar and nothing of the services.
    expect(pageTexts[0]).toContain(language === 'ms' ? 'Kandungan' : 'Contents');
    const last = pageTexts[pages - 1] ?? '';
    expect(last).toContain(language === 'ms' ? 'Kalendar Inisiatif Kluster 2 2023' : 'Kluster 2 Initiative Calendar 2023');
    expect(last).toContain('PSBC');
    // The running header is on every page but the first (under the letterhead), the landscape calendar's too.
    const running = language === 'ms' ? 'Kluster 2 — Profil Kluster 2' : 'Kluster 2 — Kluster 2 Profile';
    expect(pageTexts[0]).not.toContain(running);
    for (const page of pageTexts.slice(1, pages)) expect(page).toContain(running);
    pageTexts.slice(0, pages).forEach((page, i) => expect(page).toContain(language === 'ms' ? `Halaman ${i + 1} daripada ${pages}` : `Page ${i + 1} of ${pages}`));
    expect(last).not.toContain(language === 'ms' ? 'Contact time with School Leaders' : 'Contact Time with School Leaders');
  });
});
