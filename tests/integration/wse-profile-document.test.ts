/**
 * The cluster profile's WSE tables: the model reads the framework in the document's language (English falling
 * back to BM, archived aspects left out), and the .docx read back holds all 13 aspects with their terms, the
 * continuing cells merged down. Layout only: the profile's LibreOffice smoke is in cluster-profile-document.
 */
import { describe, expect, it } from 'vitest';
import { loadClusterProfileModel } from '../../electron/services/cluster/cluster-profile-model';
import { WSE_DEMO_TERMS } from '../../electron/services/demo/wse-demo';
import type { DocumentFile } from '../../shared/domain';
import type { WseAspect, WseDomain } from '../../shared/wse/types';
import { docxText, docxXml } from '../helpers/docx';
import { openApp } from '../helpers/tmp';

const CODES = ['1.1.2', '1.2.4', '1.3.1', '1.4.2', '2.1.3', '2.1.6', '2.1.8', '2.2.1', '2.2.4', '2.2.5', '2.3.3', '3.2.1', '4.1.1'];
const lines = (t: string) => t.split('\n').filter(Boolean);

async function demoApp() {
  const app = await openApp();
  await app.call('demo.load');
  const aspects = (await app.call<WseDomain[]>('wse.aspects')).flatMap((d) => d.aspects);
  return { ...app, aspects };
}

describe('the WSE terms in the cluster profile model', () => {
  it('reads the domains in order with their aspects in the document language', async () => {
    const { ctx, call, aspects } = await demoApp();
    const ms = await loadClusterProfileModel(ctx.db(), 2023, 'ms', '2024-03-01');
    expect(ms.wseTerms?.map((d) => d.title)).toEqual([
      'DOMAIN 1: KEPIMPINAN DAN PENGURUSAN',
      'DOMAIN 2: PEMBELAJARAN DAN PENGAJARAN',
      'DOMAIN 3: IKLIM DAN BUDAYA SEKOLAH',
      'DOMAIN 4: PENCAPAIAN PELAJAR',
    ]);
    expect(ms.wseTerms?.flatMap((d) => d.rows.map((r) => r.aspect.split(' ')[0]))).toEqual(CODES);
    expect(ms.wseTerms?.[0]?.rows.map((r) => r.number)).toEqual(['1', '2', '3', '4']);
    const first = ms.wseTerms?.[0]?.rows[0];
    expect(first).toMatchObject({ aspect: '1.1.2 Pelan Tindakan dan Pelaksanaan', scope: 'School Improvement Plan (SIP)', monitoring: 'PDCA proforma' });
    expect(lines(first?.terms ?? '')).toHaveLength(9);
    // 1.2.4's terms and monitoring continue 1.1.2's.
    expect(ms.wseTerms?.[0]?.rows[1]).toMatchObject({ terms: '', scope: 'Monitoring tool: WSP', monitoring: '' });

    const en = await loadClusterProfileModel(ctx.db(), 2023, 'en', '2024-03-01');
    expect(en.wseTerms?.[0]?.title).toBe('DOMAIN 1: LEADERSHIP AND MANAGEMENT');
    expect(en.wseTerms?.[0]?.rows[2]?.monitoring).toBe('Written and oral feedback, dialogue sessions, work reviews, peer reviews');

    // English left empty falls back to BM; an archived aspect leaves the tables, and an empty domain goes.
    const a = aspects.find((x) => x.code === '1.3.1') as WseAspect;
    await call('wse.saveAspect', { ...a, monitoringEn: '' });
    await call('wse.archiveAspect', { id: (aspects.find((x) => x.code === '3.2.1') as WseAspect).id });
    const after = await loadClusterProfileModel(ctx.db(), 2023, 'en', '2024-03-01');
    expect(after.wseTerms?.[0]?.rows[2]?.monitoring).toBe('Maklum balas kata & lisan, sesi dialog, rebiu kerja, rebiu rakan sebaya');
    expect(after.wseTerms?.map((d) => d.title.slice(0, 8))).toEqual(['DOMAIN 1', 'DOMAIN 2', 'DOMAIN 4']);
  });
});

describe.each(['ms', 'en'] as const)('the WSE tables in the profile .docx, in %s', (language) => {
  it('prints all 13 aspects with their terms, scope and monitoring, merging cells that continue', async () => {
    const { call, aspects } = await demoApp();
    const file = await call<DocumentFile>('documents.render', { kind: 'cluster-profile', year: 2023, language });
    const text = await docxText(file.data);
    const heading = language === 'ms' ? 'Terma Rujukan Penilaian Keseluruhan Sekolah (WSE)' : 'Whole School Evaluation (WSE) Terms of Reference';
    const start = text.indexOf(heading);
    expect(start).toBeGreaterThan(0);
    const section = text.slice(start);
    expect(section).toContain(language === 'ms' ? 'DOMAIN 2: PEMBELAJARAN DAN PENGAJARAN' : 'DOMAIN 2: LEARNING AND TEACHING');
    let at = 0;
    for (const code of CODES) {
      const aspect = aspects.find((a) => a.code === code) as WseAspect;
      const row = `${code} ${language === 'ms' ? aspect.nameMs : aspect.nameEn}`;
      const found = section.indexOf(row, at);
      expect(found, row).toBeGreaterThanOrEqual(at);
      at = found;
      const terms = WSE_DEMO_TERMS[code];
      const texts = language === 'ms' ? [terms?.termsMs, terms?.scopeMs, terms?.monitoringMs] : [terms?.termsEn, terms?.scopeEn, terms?.monitoringEn];
      for (const t of texts) for (const line of lines(t ?? '')) expect(section, `${code}: ${line}`).toContain(line);
    }
    // Each cell that continues the one above is merged into it: 1.2.4 (terms, monitoring), 1.3.1 and 1.4.2 (terms),
    // 2.2.5 and 2.3.3 (terms), each starting from the cell above.
    const whole = await docxXml(file.data, 'word/document.xml');
    // The calendar grid merges cells of its own: count only the WSE tables (after the contents), up to the cross competencies.
    const xml = whole.slice(whole.lastIndexOf('DOMAIN 1:'), whole.lastIndexOf(language === 'ms' ? 'Kecekapan Merentas' : 'Cross Competencies'));
    expect(xml.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)?.length).toBe(6);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(3);
  });
});
