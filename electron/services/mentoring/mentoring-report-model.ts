/**
 * The mentoring programme report's model: the year's pairs with their progress, named in the document's
 * language, the competency codes they use and who signs. A fixed number of reads whatever the number of pairs.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { todayLocal, type Language } from '../../../shared/dates';
import type { MentoringReportModel } from '../../../shared/documents/mentoring-report-model';
import { dictionaries } from '../../../shared/i18n';
import type { MentoringPerson } from '../../../shared/mentoring/types';
import { loadDocumentHead, signOffFrom } from '../cluster/letterhead-model';
import { readAssignments } from './read';

/** "Timbalan Pengetua, SM SSA": a person's post and school in the document's language. */
function postLine(p: MentoringPerson, language: Language): string {
  const d = dictionaries[language];
  const post = p.title || (p.teamRole ? d.teamRole[p.teamRole] : p.leaderRole ? d.leaderRole[p.leaderRole] : '');
  return [post, p.school].filter(Boolean).join(', ');
}

export async function loadMentoringReportModel(db: Kysely<DB>, year: number, language: Language, date = todayLocal()): Promise<MentoringReportModel> {
  const [{ letterhead, signatories }, assignments] = await Promise.all([loadDocumentHead(db, language, { date }), readAssignments(db, { year }, date)]);
  const names = new Map<string, string>();
  for (const f of assignments.flatMap((a) => a.focus)) names.set(f.code, language === 'en' ? f.nameEn || f.nameMs : f.nameMs);
  return {
    letterhead,
    year,
    pairs: assignments.map((a) => {
      const actions = a.sessions.flatMap((s) => s.actions);
      const done = actions.filter((x) => x.doneOn !== null).length;
      return {
        mentee: { name: a.mentee.name, post: postLine(a.mentee, language) },
        mentor: { name: a.mentor.name, post: postLine(a.mentor, language) },
        status: a.status,
        focus: a.focus.map((f) => ({ code: f.code, baseline: f.baseline, current: f.current, target: f.target })),
        sessionsHeld: a.sessionsHeld,
        sessionsPlanned: a.sessionsPlanned,
        actionsOpen: actions.length - done,
        actionsDone: done,
      };
    }),
    legend: [...names.entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true })).map(([code, name]) => ({ code, name })),
    signOff: signOffFrom(letterhead, signatories),
  };
}
