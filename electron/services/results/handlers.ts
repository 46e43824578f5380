import { listEntries, saveEntry, setEntryArchived } from '../coded-lists';
import type { HandlerSlice } from '../handlers';
import { checkpointReviews, saveCheckpoint } from './checkpoints';
import { listResults, resultYears, saveResults } from './results';
import { clusterResults, schoolResults } from './series';

type ResultMethods =
  | `results.${'years' | 'list' | 'save' | 'school' | 'cluster' | 'examTypes' | 'saveExamType' | 'setExamTypeArchived' | 'subjects' | 'saveSubject' | 'setSubjectArchived'}`
  | `checkpoints.${'reviews' | 'save'}`;

export const resultsHandlers: HandlerSlice<ResultMethods> = {
  'results.years': (_input, ctx) => resultYears(ctx.db()),
  'results.list': (input, ctx) => listResults(ctx.db(), input.year, input.examTypeId),
  'results.save': (input, ctx) => saveResults(ctx.db(), input),
  'results.school': (input, ctx) => schoolResults(ctx.db(), input.schoolId),
  'results.cluster': (input, ctx) => clusterResults(ctx.db(), input.examTypeId),
  'results.examTypes': (input, ctx) => listEntries(ctx.db(), 'exam_types', input.includeArchived),
  'results.saveExamType': (input, ctx) => saveEntry(ctx.db(), 'exam_types', input),
  'results.setExamTypeArchived': (input, ctx) => setEntryArchived(ctx.db(), 'exam_types', input.id, input.archived),
  'results.subjects': (input, ctx) => listEntries(ctx.db(), 'subjects', input.includeArchived),
  'results.saveSubject': (input, ctx) => saveEntry(ctx.db(), 'subjects', input),
  'results.setSubjectArchived': (input, ctx) => setEntryArchived(ctx.db(), 'subjects', input.id, input.archived),
  'checkpoints.reviews': (input, ctx) => checkpointReviews(ctx.db(), input.year),
  'checkpoints.save': (input, ctx) => saveCheckpoint(ctx.db(), input),
};
