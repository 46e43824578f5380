/**
 * The covering letter of the termly pack: a letter from the cluster to the Director of Schools (JSS) that
 * lists the term's reports sent with it as its "Lampiran" (attachments).
 */
import type { LetterheadModel } from './models';

export interface CoveringLetterModel {
  /** Its `reference`, the letter's issued number, is printed as "Ruj. Kami: …"; without one, a dotted line. */
  letterhead: LetterheadModel;
  year: number;
  /** The school term the reports cover (1..4). */
  term: number;
  /** The date the letter bears (YYYY-MM-DD), printed at the right margin beside the reference. */
  date: string;
  /** Whom the letter is addressed to: the post, then the address lines, each already in the letter's language. */
  recipient: string[];
  /** "LAPORAN PENGGAL 1 TAHUN 2024 – KLUSTER 2": the subject line, in capitals. */
  subject: string;
  /** The documents sent with the letter, in the order listed: each with its reference number (null when it has none) and title. */
  attachments: { referenceNo: string | null; title: string }[];
  /**
   * Who signs: the approver from Settings (the Ketua Kluster by default), "b.p." (on behalf of) the cluster
   * head when the approver is someone else. A null name leaves a dotted line.
   */
  signer: { name: string | null; post: string; onBehalf: boolean };
}
