/** The initiative calendar as LibreOffice prints it: the fullest plan the page is made for still fits one page. */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { layoutInitiativeCalendar } from '../../electron/documents/initiative-calendar';
import { pdfPages, pdfText, toPdf } from '../helpers/office';
import { fullCalendar, phasesOf } from '../unit/documents/fixtures-initiative-calendar';

/** Text as a reader sees it, with line breaks, no-break and repeated spaces folded. */
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

describe('the initiative calendar in LibreOffice', () => {
  // The most the page is made for: 12 initiatives of 3 lanes, long names, the logo, terms, holidays and exams.
  it.each(['ms', 'en'] as const)('fits 12 initiatives of 3 lanes with the logo on one page (%s)', async (language) => {
    const m = fullCalendar(language);
    const pdf = await toPdf(new Uint8Array(await Packer.toBuffer(layoutInitiativeCalendar(m).doc)));
    expect(await pdfPages(pdf)).toBe(1);
    const text = fold(await pdfText(pdf));
    expect(text).toContain(language === 'ms' ? 'KALENDAR INISIATIF KLUSTER 9 2024' : 'KLUSTER 9 INITIATIVES 2024');
    for (const phase of new Set(phasesOf(m).map((p) => p.name))) expect(text, phase).toContain(phase);
    for (const i of m.calendar.initiatives) expect(text, i.code).toContain(i.code);
    for (const words of language === 'ms' ? ['Penggal 2', 'Peperiksaan', '● PSR 150', '▲ PSR', 'Petunjuk', 'Disediakan oleh: Siti Kerani'] : ['Penggal 2', 'Exams', '● PSR 150', '▲ PSR', 'Key', 'Prepared by: Siti Kerani']) {
      expect(text, words).toContain(words);
    }
    expect(text).toMatch(language === 'ms' ? /Halaman 1 daripada 1/ : /Page 1 of 1/);
  });
});
