import type { HandlerSlice } from '../handlers';
import { createAssignment, deleteAssignment, endAssignment, updateAssignment } from './assignments';
import { listProgrammeYears, readBoard } from './board';
import { listEntries, saveEntry, setEntryArchived } from '../coded-lists';
import { listMentoringPeople, setLoadLimit, setMentoringFlags } from './people';
import { getAssignment } from './read';
import { createAssessment, createSession, deleteAssessment, deleteSession, setActionDone, updateSession } from './sessions';

type MentoringMethods =
  | `mentoring.${'years' | 'board' | 'people' | 'setPerson' | 'setLoadLimit'}`
  | `competencies.${'list' | 'save' | 'setArchived'}`
  | `assignments.${'get' | 'create' | 'update' | 'end' | 'delete'}`
  | `sessions.${'create' | 'update' | 'delete'}`
  | 'actions.setDone'
  | `assessments.${'create' | 'delete'}`;

export const mentoringHandlers: HandlerSlice<MentoringMethods> = {
  'mentoring.years': (_input, ctx) => listProgrammeYears(ctx.db()),
  'mentoring.board': (input, ctx) => readBoard(ctx.db(), input.year, input.asOf),
  'mentoring.people': (_input, ctx) => listMentoringPeople(ctx.db()),
  'mentoring.setPerson': (input, ctx) => setMentoringFlags(ctx.db(), input),
  'mentoring.setLoadLimit': (input, ctx) => setLoadLimit(ctx.db(), input.limit),
  'competencies.list': (input, ctx) => listEntries(ctx.db(), 'competencies', input.includeArchived),
  'competencies.save': (input, ctx) => saveEntry(ctx.db(), 'competencies', input),
  'competencies.setArchived': (input, ctx) => setEntryArchived(ctx.db(), 'competencies', input.id, input.archived),
  'assignments.get': (input, ctx) => getAssignment(ctx.db(), input.id),
  'assignments.create': (input, ctx) => createAssignment(ctx.db(), input),
  'assignments.update': (input, ctx) => updateAssignment(ctx.db(), input),
  'assignments.end': (input, ctx) => endAssignment(ctx.db(), input),
  'assignments.delete': (input, ctx) => deleteAssignment(ctx.db(), input.id),
  'sessions.create': (input, ctx) => createSession(ctx.db(), input),
  'sessions.update': (input, ctx) => updateSession(ctx.db(), input),
  'sessions.delete': (input, ctx) => deleteSession(ctx.db(), input.id),
  'actions.setDone': (input, ctx) => setActionDone(ctx.db(), input.id, input.doneOn),
  'assessments.create': (input, ctx) => createAssessment(ctx.db(), input),
  'assessments.delete': (input, ctx) => deleteAssessment(ctx.db(), input.id),
};
