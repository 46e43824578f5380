/**
 * Every kind issued under a reference number prints it once under its letterhead ("Ruj. Kami"), in the
 * running header of the pages after the first and in every footer beside the page number; a preview prints
 * none. Fixture models, no database.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../electron/documents/layout';
import type { Language } from '../../../shared/dates';
import { withReference, type DocumentModel } from '../../../shared/documents/document-model';
import { paragraphsOf } from '../../helpers/docx';
import { profileModel } from './fixtures-cluster-profile';
import { eventListModel } from './fixtures-event-list';
import { fullCalendar } from './fixtures-initiative-calendar';
import { lettersModel } from './fixtures-mentor-appointment-letters';
import { clusterTermModel, mentoringModel, schoolTermModel } from './fixtures-term-reports';
import { letterhead, rosterModel, visitModel } from './fixtures';
import { coveringLetterModel } from './fixtures-covering-letter';
import { readBack, storedField } from './read-back';

const models = (language: Language): DocumentModel[] => [
  { kind: 'school-roster', model: rosterModel(language) },
  { kind: 'initiative-calendar', model: fullCalendar(language) },
  { kind: 'event-list', model: eventListModel(language) },
  { kind: 'mentoring-report', model: mentoringModel(language) },
  { kind: 'visit-report', model: visitModel(language) },
  { kind: 'school-term-report', model: schoolTermModel(language) },
  { kind: 'cluster-term-report', model: clusterTermModel(language) },
  { kind: 'cluster-profile', model: profileModel(language, { plan: true }) },
  { kind: 'covering-letter', model: { ...coveringLetterModel(language), letterhead: letterhead(language) } },
];
const ourRef = { ms: 'Ruj. Kami', en: 'Our ref.' } as const;
const REF = 'KL/LPK/2026/007';

describe.each(['ms', 'en'] as const)('reference numbers in %s', (language) => {
  it.each(models(language).map((m) => [m.kind, m] as const))('%s: under the letterhead once, in the running header and in every footer', async (_kind, m) => {
    const issued = await readBack(layoutDocument(withReference(m, REF)).doc);
    // One line, alone or with the date beside it (a letter).
    const lines = paragraphsOf(issued.document).filter((p) => p.includes(REF));
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`${ourRef[language]}: ${REF}`)).toBe(true);
    expect(lines[0]?.slice(`${ourRef[language]}: ${REF}`.length)).toMatch(/^(\d{1,2} \S+ \d{4})?$/);
    // Every header that is not the first page's (which the letterhead fills) names the number too.
    for (const h of issued.headers.filter((x) => paragraphsOf(x).length > 0)) expect(paragraphsOf(h)).toContain(`${ourRef[language]}: ${REF}`);
    expect(issued.footers.length).toBeGreaterThan(0);
    for (const f of issued.footers) {
      expect(paragraphsOf(f).join(' ')).toMatch(new RegExp(`^${REF} · `));
      expect(f).toMatch(storedField('PAGE'));
    }
    const preview = await readBack(layoutDocument(m).doc);
    expect(preview.document).not.toContain(REF);
    for (const f of preview.footers) expect(paragraphsOf(f).join(' ')).not.toContain('·');
  });

  it("letters keep each pair's own reference in the letter and carry the issued number in their footers", async () => {
    const m = lettersModel(language);
    const issued = await readBack(layoutDocument(withReference({ kind: 'mentor-appointment-letters', model: m }, REF)).doc);
    const lines = paragraphsOf(issued.document).filter((p) => p.startsWith(`${ourRef[language]}:`));
    expect(lines).toHaveLength(m.letters.length);
    m.letters.forEach((l, i) => expect(lines[i]).toContain(l.referenceNo || REF));
    expect(issued.document).not.toContain(`${ourRef[language]}: ${REF}<`);
    for (const f of issued.footers) expect(paragraphsOf(f).join(' ')).toMatch(new RegExp(`^${REF} · `));
  });
});
