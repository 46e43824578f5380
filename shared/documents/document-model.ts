/**
 * A document kind's report model, tagged with its kind: what the main process loads from the database and
 * hands to the rendering thread, which lays it out and packs it. Plain data, so it crosses threads as is.
 */
import type { ClusterProfileModel } from './cluster-profile-model';
import type { ClusterTermReportModel } from './cluster-term-report-model';
import type { CoveringLetterModel } from './covering-letter-model';
import type { EventListModel } from './event-list-model';
import type { InitiativeCalendarModel } from './initiative-calendar-model';
import type { MentorLettersModel } from './mentor-letters-model';
import type { MentoringReportModel } from './mentoring-report-model';
import type { LetterheadModel, SchoolRosterModel, VisitReportModel } from './models';
import type { KpiReviewModel } from './kpi-review-model';
import type { SchoolTermReportModel } from './school-term-report-model';
import type { SipReviewModel } from './sip-review-model';

export type DocumentModel =
  | { kind: 'school-roster'; model: SchoolRosterModel }
  | { kind: 'initiative-calendar'; model: InitiativeCalendarModel }
  | { kind: 'event-list'; model: EventListModel }
  | { kind: 'mentor-appointment-letters'; model: MentorLettersModel }
  | { kind: 'mentoring-report'; model: MentoringReportModel }
  | { kind: 'visit-report'; model: VisitReportModel }
  | { kind: 'school-term-report'; model: SchoolTermReportModel }
  | { kind: 'cluster-term-report'; model: ClusterTermReportModel }
  | { kind: 'cluster-profile'; model: ClusterProfileModel }
  | { kind: 'covering-letter'; model: CoveringLetterModel }
  | { kind: 'sip-review'; model: SipReviewModel }
  | { kind: 'kpi-review'; model: KpiReviewModel };

/** The same model issued under a reference number: printed under the letterhead and in the footer. */
export function withReference<T extends DocumentModel>(m: T, reference: string): T {
  const letterhead: LetterheadModel = { ...m.model.letterhead, reference };
  return { ...m, model: { ...m.model, letterhead } };
}

/**
 * Who an issued document goes to, for the register: the school a school's report or visit report is about,
 * the mentors a batch of letters appoints, the addressee of a covering letter, else the department the
 * cluster reports to.
 */
export function documentRecipient(m: DocumentModel): string {
  switch (m.kind) {
    case 'school-term-report':
    case 'visit-report':
    case 'sip-review':
      return m.model.school.name;
    case 'kpi-review':
      return m.model.school?.name ?? m.model.letterhead.department;
    case 'covering-letter':
      return m.model.recipient.slice(0, 2).join(', ');
    case 'mentor-appointment-letters':
      return m.model.letters.map((l) => l.mentor.name ?? '').filter(Boolean).join('; ') || m.model.letterhead.department;
    default:
      return m.model.letterhead.department;
  }
}
