import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { todayLocal } from '../../shared/dates';
import type { Register, RegisterEntry } from '../../shared/documents/register';
import type { DocumentFile, TeamMember } from '../../shared/domain';
import { failure } from '../helpers/api';
import { docxParts, docxText, docxXml, paragraphsOf } from '../helpers/office';
import { openApp } from '../helpers/tmp';

const year = Number(todayLocal().slice(0, 4));
const sha = (f: DocumentFile) => crypto.createHash('sha256').update(f.data).digest('hex');

describe('issuing documents: reference numbers and the register', () => {
  it('numbers each issued document, records it with the hash of its bytes, and leaves previews out', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const roster = { kind: 'school-roster', language: 'ms' } as const;
    const preview = await call<DocumentFile>('documents.render', roster);
    expect((await call<Register>('documents.register', {})).items).toEqual([]);
    expect(await docxText(preview.data)).not.toContain('Ruj. Kami');

    const first = await call<DocumentFile>('documents.issue', { request: roster });
    expect(first.fileName).toContain(`KL-SEK-${year}-001`);
    // The number is printed under the letterhead and in the footer of every page.
    expect(paragraphsOf(await docxXml(first.data, 'word/document.xml'))).toContain(`Ruj. Kami: KL/SEK/${year}/001`);
    const footers = (await docxParts(first.data)).filter((part) => /^word\/footer\d*\.xml$/.test(part));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) expect(paragraphsOf(await docxXml(first.data, f)).join(' ')).toMatch(new RegExp(`^KL/SEK/${year}/001 · Halaman 1 daripada 1$`));
    const profile = await call<DocumentFile>('documents.issue', { request: { kind: 'cluster-profile', year: 2023, language: 'en' } });
    expect(profile.fileName).toContain(`KL-PRO-${year}-002`);

    const register = await call<Register>('documents.register', {});
    expect(register.pattern).toBe('KL/<code>/<year>/<seq>');
    expect(register.items.map((e) => [e.referenceNo, e.revision, e.kind, e.language])).toEqual([
      [`KL/PRO/${year}/002`, 1, 'cluster-profile', 'en'],
      [`KL/SEK/${year}/001`, 1, 'school-roster', 'ms'],
    ]);
    const [p, r] = register.items as [RegisterEntry, RegisterEntry];
    expect(r.sha256).toBe(sha(first));
    expect(p.sha256).toBe(sha(profile));
    expect(r.fileName).toBe(first.fileName);
    expect(r.issuedOn).toBe(todayLocal());
    const team = await call<TeamMember[]>('team.list');
    expect(team.map((m) => m.name)).toContain(r.issuedBy);
    expect(r.title.length).toBeGreaterThan(0);
    // Reports for the department are addressed to it, in the document's language.
    expect([r.recipient, p.recipient]).toEqual(['Jabatan Sekolah-Sekolah', 'Department of Schools']);
  });

  it('issues the same document again under its number as a new revision, or under a new number', async () => {
    const { call } = await openApp(undefined, { language: 'en' });
    await call('demo.load');
    const roster = { kind: 'school-roster', language: 'en' } as const;
    expect(await call('documents.previousIssue', { request: roster })).toBeNull();
    await call('documents.issue', { request: roster });
    const before = await call<RegisterEntry>('documents.previousIssue', { request: roster });
    expect(before.referenceNo).toBe(`KL/SEK/${year}/001`);
    // The same roster in the other language is another document.
    expect(await call('documents.previousIssue', { request: { ...roster, language: 'ms' } })).toBeNull();

    const again = await call<DocumentFile>('documents.issue', { request: roster, keepReference: before.referenceNo });
    expect(again.fileName).toContain(`KL-SEK-${year}-001 v2`);
    expect((await call<RegisterEntry>('documents.previousIssue', { request: roster })).revision).toBe(2);
    const fresh = await call<DocumentFile>('documents.issue', { request: roster });
    expect(fresh.fileName).toContain(`KL-SEK-${year}-002`);

    expect(await failure(call('documents.issue', { request: { kind: 'cluster-profile', year: 2023, language: 'en' }, keepReference: before.referenceNo }))).toMatchObject({ code: 'VALIDATION', field: 'keepReference' });
    expect(await failure(call('documents.issue', { request: roster, keepReference: 'KL/SEK/1999/999' }))).toMatchObject({ code: 'NOT_FOUND', field: 'keepReference' });
    expect((await call<Register>('documents.register', {})).items).toHaveLength(3);
  });

  it('follows the pattern set in Settings, refuses one without a running number, and searches the register', async () => {
    const { call } = await openApp();
    await call('demo.load');
    expect(await failure(call('documents.setReferencePattern', { pattern: 'K2/<year>' }))).toMatchObject({ code: 'VALIDATION', field: 'pattern', message: 'Corak ini memerlukan <seq>, nombor siri.' });
    await call('documents.setReferencePattern', { pattern: 'K2.<code>.<year>-<seq>' });
    const file = await call<DocumentFile>('documents.issue', { request: { kind: 'school-roster', language: 'ms' } });
    expect(file.fileName).toContain(`K2.SEK.${year}-001`);
    await call('documents.issue', { request: { kind: 'cluster-profile', year: 2023, language: 'ms' } });
    const found = await call<Register>('documents.register', { search: 'k2.sek' });
    expect(found.items.map((e) => e.referenceNo)).toEqual([`K2.SEK.${year}-001`]);
    expect((await call<Register>('documents.register', { year: year - 1 })).items).toEqual([]);
  });
});
