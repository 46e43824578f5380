/**
 * Every kind's layout behind one call: a tagged report model in, a docx Document and its title out. Pure, so
 * it runs in the rendering thread; titles alone are cheap and answer without laying anything out.
 */
import type { Document } from 'docx';
import type { DocumentModel } from '../../shared/documents/document-model';
import { schoolTermTitle } from '../../shared/documents/school-term-report-model';
import { dictionaries } from '../../shared/i18n';
import { clusterProfileTitle, layoutClusterProfile } from './cluster-profile';
import { clusterTermTitle, layoutClusterTermReport } from './cluster-term-report';
import { coveringLetterTitle, layoutCoveringLetter } from './covering-letter';
import { eventListTitle, layoutEventList } from './event-list';
import { calendarBlock, initiativeCalendarTitle, layoutInitiativeCalendar } from './initiative-calendar';
import { layoutMentorAppointmentLetters, mentorLettersTitle } from './mentor-appointment-letters';
import { layoutMentoringReport, mentoringReportTitle } from './mentoring-report';
import { layoutSchoolRoster, schoolRosterTitle } from './school-roster';
import { kpiReviewTitle } from '../../shared/documents/kpi-review-model';
import { sipReviewTitle } from '../../shared/documents/sip-review-model';
import { layoutKpiReview } from './kpi-review';
import { layoutSchoolTermReport } from './school-term-report';
import { layoutSipReview } from './sip-review';
import { layoutVisitReport, visitReportTitle } from './visit-report';

export function layoutDocument(m: DocumentModel): { doc: Document; title: string } {
  switch (m.kind) {
    case 'school-roster':
      return layoutSchoolRoster(m.model);
    case 'initiative-calendar':
      return layoutInitiativeCalendar(m.model);
    case 'event-list':
      return layoutEventList(m.model);
    case 'mentor-appointment-letters':
      return layoutMentorAppointmentLetters(m.model);
    case 'mentoring-report':
      return layoutMentoringReport(m.model);
    case 'visit-report':
      return layoutVisitReport(m.model);
    case 'school-term-report':
      return layoutSchoolTermReport(m.model);
    case 'cluster-term-report':
      return layoutClusterTermReport(m.model);
    case 'cluster-profile': {
      const { calendar, letterhead } = m.model;
      return layoutClusterProfile(m.model, calendar ? calendarBlock(calendar, dictionaries[letterhead.language]) : []);
    }
    case 'covering-letter':
      return layoutCoveringLetter(m.model);
    case 'sip-review':
      return layoutSipReview(m.model);
    case 'kpi-review':
      return layoutKpiReview(m.model);
  }
}

/** The title the layout gives the document: it names the file and its register entry. */
export function documentTitle(m: DocumentModel): string {
  switch (m.kind) {
    case 'school-roster':
      return schoolRosterTitle(m.model);
    case 'initiative-calendar':
      return initiativeCalendarTitle(m.model);
    case 'event-list':
      return eventListTitle(m.model);
    case 'mentor-appointment-letters':
      return mentorLettersTitle(m.model);
    case 'mentoring-report':
      return mentoringReportTitle(m.model);
    case 'visit-report':
      return visitReportTitle(m.model);
    case 'school-term-report':
      return schoolTermTitle(dictionaries[m.model.letterhead.language], m.model.term, m.model.school.abbreviation);
    case 'cluster-term-report':
      return clusterTermTitle(m.model);
    case 'cluster-profile':
      return clusterProfileTitle(m.model);
    case 'covering-letter':
      return coveringLetterTitle(m.model);
    case 'sip-review':
      return sipReviewTitle(dictionaries[m.model.letterhead.language], m.model.year, m.model.school.abbreviation);
    case 'kpi-review':
      return kpiReviewTitle(dictionaries[m.model.letterhead.language], m.model);
  }
}
