/**
 * A demo Mentoring & Coaching programme for 2023: a head for every school and a deputy for some (invented
 * names, each marked "(demo)"), the cluster team as mentors, 16 newly appointed leaders as mentees, and a
 * few sessions and assessments. Nothing here is real Kluster 2 data.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../../shared/plan/calendar-dates';
import type { DB } from '../../../db/schema';

const GIVEN = ['Nurul Ain', 'Mohd Hafiz', 'Siti Rahmah', 'Awang Rosli', 'Dayang Norhayati', 'Khairul Anwar', 'Hjh Zaitun', 'Md Azmi', 'Norsyahirah', 'Pg Hamdan', 'Dk Rafidah', 'Hj Jamaludin', 'Nur Amalina', 'Rozaidi', 'Hjh Salmah', 'Ak Zulkifli', 'Fatimah', 'Mohd Firdaus', 'Siti Zubaidah', 'Hj Abdul Latif', 'Norazimah', 'Muhd Shahrul', 'Hjh Rosnah', 'Pg Khairunnisa', 'Azrin', 'Dayang Hasnah'];
const FATHER = ['Ahmad', 'Othman', 'Yusof', 'Ibrahim', 'Ismail', 'Hassan', 'Abdullah', 'Salleh', 'Bakar', 'Tahir'];

/** An invented name, marked as demo; `bin`/`binti` chosen from the given name's usual gender. */
function demoName(i: number, offset = 0): string {
  const given = GIVEN[(i + offset) % GIVEN.length] ?? 'Nur';
  const female = /Nurul|Siti|Dayang|Hjh|Norsyahirah|Dk |Nur |Fatimah|Norazimah|Khairunnisa|Hasnah|Azrin/.test(given);
  return `${given} ${female ? 'binti' : 'bin'} ${FATHER[(i * 3 + offset) % FATHER.length] ?? 'Ahmad'} (demo)`;
}

/** How each of the 16 demo pairs meets up to mid-year: on time by its schedule, stopped in spring, or not met yet. */
export const DEMO_SESSION_PLAN: readonly ('on-time' | 'stopped' | 'not-met')[] = Array.from({ length: 16 }, (_, i) =>
  i === 7 || i === 14 ? 'not-met' : i === 10 || i === 12 ? 'stopped' : 'on-time',
);
const SESSION_TOPICS = [
  'Demo: progress on the development plan',
  'Demo: using assessment data in the SIP',
  'Demo: leading a STEPS sharing session',
  'Demo: feedback on a lesson observation',
  'Demo: preparing evidence for the WSE',
];

export async function loadDemoMentoring(trx: Kysely<DB>, year: number) {
  const schools = await trx.selectFrom('schools').select(['id', 'number', 'level']).orderBy('number').execute();
  const mentees: { id: number; schoolId: number }[] = [];
  for (const [i, s] of schools.entries()) {
    const headTitle = s.level === 'primary' ? 'Guru Besar' : 'Pengetua';
    const head = await trx
      .insertInto('people')
      .values({ name: demoName(i), title: headTitle, school_id: s.id, leader_role: 'head', appointed_on: `20${String(10 + (i % 12)).padStart(2, '0')}-01-02`, team_role_label: '', email: '', phone: '', position: 0, can_mentor: i % 9 === 0 ? 1 : 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The first 16 schools have a newly appointed leader: a new deputy, or (every fourth) the head itself.
    if (mentees.length < 16) {
      if (i % 4 === 3) {
        await trx.updateTable('people').set({ newly_appointed: 1, appointed_on: '2022-07-01' }).where('id', '=', head.id).execute();
        mentees.push({ id: head.id, schoolId: s.id });
      } else {
        const deputy = await trx
          .insertInto('people')
          .values({ name: demoName(i, 13), title: s.level === 'primary' ? 'Penolong Guru Besar' : 'Timbalan Pengetua', school_id: s.id, leader_role: 'deputy', appointed_on: '2022-11-01', newly_appointed: 1, team_role_label: '', email: '', phone: '', position: 1 })
          .returning('id')
          .executeTakeFirstOrThrow();
        mentees.push({ id: deputy.id, schoolId: s.id });
      }
    }
  }

  const mentors = await trx.selectFrom('people').select('id').where('team_role', 'in', ['cluster_head', 'assistant_head', 'officer']).orderBy('position').execute();
  const competencies = await trx.selectFrom('competencies').select('id').orderBy('position').execute();
  for (const [i, mentee] of mentees.entries()) {
    const mentor = mentors[i % mentors.length];
    if (!mentor) break;
    const n = String(i + 1).padStart(2, '0');
    const { id } = await trx
      .insertInto('mentoring_assignments')
      .values({
        year,
        mentor_id: mentor.id,
        mentee_id: mentee.id,
        goals: 'Demo: raise the focus competencies to Tahap 4 by the end of the programme.',
        schedule: i % 3 === 0 ? 'monthly' : 'fortnightly',
        start_date: `${year}-03-01`,
        end_date: `${year}-09-30`,
        status: 'active',
        appointed_on: `${year}-02-15`,
        reference_no: `KL2/MC/${year}/${n}`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const focus = [competencies[i % competencies.length], competencies[(i + 2) % competencies.length]];
    for (const [k, c] of focus.entries()) {
      if (c) await trx.insertInto('mentoring_focus').values({ assignment_id: id, competency_id: c.id, baseline_level: 2 + ((i + k) % 2), target_level: 4 }).execute();
    }
    // The first six pairs met first on 8 and 22 March, with an agreed action each time and a progress assessment.
    if (i < 6) {
      for (const [k, date] of [`${year}-03-08`, `${year}-03-22`].entries()) {
        const s = await trx
          .insertInto('mentoring_sessions')
          .values({ assignment_id: id, date, duration_minutes: 60, mode: k === 0 ? 'visit' : 'meeting', topics: k === 0 ? 'Demo: BDSLC self-assessment and targets' : 'Demo: lesson observation feedback', next_date: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('mentoring_actions').values({ session_id: s.id, text: k === 0 ? 'Demo: draft a personal development plan' : 'Demo: observe two lessons with the mentor', due_date: k === 0 ? `${year}-03-21` : `${year}-04-15`, done_on: k === 0 ? `${year}-03-20` : null }).execute();
      }
      if (focus[0]) await trx.insertInto('mentoring_assessments').values({ assignment_id: id, competency_id: focus[0].id, date: `${year}-03-22`, level: 3, evidence: 'Demo: observed leadership meeting' }).execute();
    }
    // Then every pair keeps to its schedule up to mid-year, except a few: two that have not met yet and two
    // that stopped in spring, so at the end of June most pairs are on time and those few are overdue.
    const plan = DEMO_SESSION_PLAN[i] ?? 'on-time';
    if (plan === 'not-met') continue;
    const until = plan === 'stopped' ? `${year}-05-05` : `${year}-06-30`;
    const dates = i % 3 === 0 ? [`${year}-03-08`, `${year}-04-12`, `${year}-05-10`, `${year}-06-14`] : [`${year}-03-08`, `${year}-03-22`, `${year}-04-05`, `${year}-04-19`, `${year}-05-03`, `${year}-05-17`, `${year}-05-31`, `${year}-06-14`, `${year}-06-28`];
    for (const [k, date] of dates.entries()) {
      if (date > until || (i < 6 && (date === `${year}-03-08` || date === `${year}-03-22`))) continue;
      const s = await trx
        .insertInto('mentoring_sessions')
        .values({ assignment_id: id, date, duration_minutes: 45 + 15 * (k % 2), mode: k % 3 === 0 ? 'visit' : k % 3 === 1 ? 'meeting' : 'online', topics: SESSION_TOPICS[(i + k) % SESSION_TOPICS.length] ?? 'Demo: progress review', next_date: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (k % 2 === 0) {
        const due = addDays(date, 21);
        await trx.insertInto('mentoring_actions').values({ session_id: s.id, text: 'Demo: try the agreed strategy and bring evidence to the next session', due_date: due, done_on: due < `${year}-06-01` ? addDays(date, 14) : null }).execute();
      }
    }
  }
  return { mentees: mentees.length };
}
