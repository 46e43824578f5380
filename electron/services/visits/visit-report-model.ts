/**
 * The visit report's report model: the visit with its officers, observations and next steps, its school and
 * head, the criteria named in the document's language, and who signs. A planned visit gives a visit plan.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { Signer, VisitReportModel } from '../../../shared/documents/models';
import { dictionaries } from '../../../shared/i18n';
import { loadDocumentHead, postOf } from '../cluster/letterhead-model';
import { listTeam } from '../cluster/team';
import { listEntries } from '../coded-lists';
import { getSchool } from '../schools/schools';
import { getVisit } from './read';

export async function loadVisitReportModel(db: Kysely<DB>, visitId: number, language: Language, date = todayLocal()): Promise<VisitReportModel> {
  const d = dictionaries[language];
  const v = await getVisit(db, visitId);
  const [team, school, criteria] = await Promise.all([listTeam(db), getSchool(db, v.schoolId), listEntries(db, 'rubric_criteria', true)]);
  const { letterhead, signatories } = await loadDocumentHead(db, language, { date, team });
  const criterionName = new Map(criteria.map((c) => [c.id, language === 'ms' ? c.nameMs : c.nameEn]));
  const officers = v.officerIds.map((id, i) => {
    const member = team.find((m) => m.id === id);
    return { name: v.officers[i] ?? '', post: member ? postOf(member, language) : '' };
  });

  // The officers prepare it; the school's head acknowledges a visit held, the cluster head approves a plan.
  const signOff: Signer[] = officers.length
    ? officers.map((o) => ({ role: 'prepared', name: o.name, post: [o.post, letterhead.clusterName], date: null }))
    : [{ role: 'prepared', name: null, post: [d.doc.officerOf.replace('{{cluster}}', letterhead.clusterName)], date: null }];
  if (v.status === 'planned') {
    const approver = signatories.approvedBy;
    signOff.push({ role: 'approved', name: approver?.name ?? null, post: [approver ? postOf(approver, language) : d.teamRole.cluster_head, letterhead.clusterName], date: null });
  } else {
    const head = school.leaders.find((l) => l.role === 'head');
    signOff.push({ role: 'acknowledged', name: head?.name ?? null, post: [head?.title || d.leaderRole.head, school.name], date: null });
  }

  return {
    letterhead,
    today: date,
    visit: {
      id: v.id,
      date: v.date,
      status: v.status,
      purpose: language === 'ms' ? v.purposeMs : v.purposeEn,
      peopleMet: v.peopleMet,
      findings: v.findings,
      nextVisitDate: v.nextVisitDate,
    },
    school: { name: school.name, abbreviation: school.abbreviation, level: school.level },
    officers,
    observations: v.observations.map((o) => ({
      teacher: o.teacher,
      className: o.className,
      subject: o.subject,
      strengths: o.strengths,
      improvements: o.improvements,
      ratings: o.ratings.map((r) => ({ criterion: criterionName.get(r.criterionId) ?? String(r.criterionId), rating: r.rating })),
    })),
    nextSteps: v.nextSteps.map((s) => ({ text: s.text, owner: s.owner, dueDate: s.dueDate, closedOn: s.closedOn, closedNote: s.closedNote })),
    signOff,
  };
}
