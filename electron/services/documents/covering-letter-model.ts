/**
 * The termly pack's covering letter to the Director of Schools: the letterhead and who signs from one read
 * of the profile, logo, team and signatories (whatever the number of attachments), the recipient and subject
 * in the letter's language, and the attachments as the pack lists them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { CoveringLetterModel } from '../../../shared/documents/covering-letter-model';
import type { Signatories } from '../../../shared/documents/signatories';
import { dictionaries, fill } from '../../../shared/i18n';
import { loadDocumentHead, postOf } from '../cluster/letterhead-model';

export interface CoveringLetterInput {
  year: number;
  term: number;
  language: Language;
  /** The documents sent with the letter, in the order they are listed. */
  attachments: CoveringLetterModel['attachments'];
  /** The date the letter bears; the day of issue when not given. */
  date?: string;
}

/** Every way the country may close a ministry line, longest first: "…, Negara Brunei Darussalam". */
const COUNTRIES = [dictionaries.ms.doc.coveringLetter.country, dictionaries.en.doc.coveringLetter.country].sort((a, b) => b.length - a.length);

/** The ministry line without the country after it, so the address names the country once, on its own line. */
function withoutCountry(line: string): string {
  const lower = line.trim().toLowerCase();
  for (const c of COUNTRIES) {
    if (lower.endsWith(c.toLowerCase())) return line.trim().slice(0, lower.length - c.length).replace(/[\s,]+$/, '');
  }
  return line.trim();
}

/**
 * The approver from Settings signs (the Ketua Kluster by default); anyone else signs "b.p." on the cluster
 * head's behalf, since the letter goes out in the cluster's name. Nobody to sign leaves a dotted line.
 */
function signerOf(s: Signatories, cluster: string, language: Language): CoveringLetterModel['signer'] {
  const head = fill(dictionaries[language].doc.signatory, { cluster });
  const approver = s.approvedBy;
  if (!approver) return { name: null, post: head, onBehalf: false };
  if (approver.role === 'cluster_head') return { name: approver.name, post: head, onBehalf: false };
  return { name: approver.name, post: postOf(approver, language), onBehalf: true };
}

export async function loadCoveringLetterModel(db: Kysely<DB>, input: CoveringLetterInput): Promise<CoveringLetterModel> {
  const { year, term, language } = input;
  const date = input.date ?? todayLocal();
  const d = dictionaries[language].doc.coveringLetter;
  const { letterhead, signatories } = await loadDocumentHead(db, language, { date });
  const cluster = letterhead.clusterName;
  const recipient = [d.recipientPost, letterhead.department.trim(), withoutCountry(letterhead.ministry), d.country].filter(Boolean);
  return {
    letterhead,
    year,
    term,
    date,
    recipient,
    subject: fill(d.subject, { term, year, cluster }).toUpperCase(),
    attachments: input.attachments.map((a) => ({ referenceNo: a.referenceNo, title: a.title })),
    signer: signerOf(signatories, cluster, language),
  };
}
