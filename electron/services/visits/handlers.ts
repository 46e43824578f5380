import type { HandlerSlice } from '../handlers';
import { coverage, listTerms, setWeeklyTarget } from './coverage';
import { closeNextStep, reopenNextStep } from './follow-up';
import { listEntries, saveEntry, setEntryArchived } from '../coded-lists';
import { deleteObservation, saveObservation } from './observations';
import { clusterRatings } from './ratings';
import { getVisit, listVisits } from './read';
import { getTermReport, saveTermReport } from './term-reports';
import { createVisit, deleteVisit, updateVisit } from './visits';

type VisitMethods =
  | `visits.${'purposes' | 'savePurpose' | 'setPurposeArchived' | 'list' | 'get' | 'create' | 'update' | 'delete' | 'coverage' | 'ratings' | 'setWeeklyTarget'}`
  | `rubric.${'list' | 'save' | 'setArchived'}`
  | `observations.${'save' | 'delete'}`
  | `nextSteps.${'followUp' | 'close' | 'reopen'}`
  | 'terms.list'
  | `termReports.${'get' | 'save'}`;

export const visitHandlers: HandlerSlice<VisitMethods> = {
  'visits.purposes': (input, ctx) => listEntries(ctx.db(), 'visit_purposes', input.includeArchived),
  'visits.savePurpose': (input, ctx) => saveEntry(ctx.db(), 'visit_purposes', input),
  'visits.setPurposeArchived': (input, ctx) => setEntryArchived(ctx.db(), 'visit_purposes', input.id, input.archived),
  'rubric.list': (input, ctx) => listEntries(ctx.db(), 'rubric_criteria', input.includeArchived),
  'rubric.save': (input, ctx) => saveEntry(ctx.db(), 'rubric_criteria', input),
  'rubric.setArchived': (input, ctx) => setEntryArchived(ctx.db(), 'rubric_criteria', input.id, input.archived),
  'visits.list': (input, ctx) => listVisits(ctx.db(), input),
  'visits.get': (input, ctx) => getVisit(ctx.db(), input.id),
  'visits.create': (input, ctx) => createVisit(ctx.db(), input),
  'visits.update': (input, ctx) => updateVisit(ctx.db(), input),
  'visits.delete': (input, ctx) => deleteVisit(ctx.db(), input.id),
  'visits.coverage': (input, ctx) => coverage(ctx.db(), input.year, input.term),
  'visits.ratings': (input, ctx) => clusterRatings(ctx.db(), input.year),
  'visits.setWeeklyTarget': (input, ctx) => setWeeklyTarget(ctx.db(), input.target),
  'observations.save': (input, ctx) => saveObservation(ctx.db(), input),
  'observations.delete': (input, ctx) => deleteObservation(ctx.db(), input.id),
  'nextSteps.followUp': (input, ctx) => ctx.query('nextSteps.followUp', input),
  'nextSteps.close': (input, ctx) => closeNextStep(ctx.db(), input.id, input.closedOn, input.note),
  'nextSteps.reopen': (input, ctx) => reopenNextStep(ctx.db(), input.id),
  'terms.list': (input, ctx) => listTerms(ctx.db(), input.year),
  'termReports.get': (input, ctx) => getTermReport(ctx.db(), input.schoolId, input.year, input.term),
  'termReports.save': (input, ctx) => saveTermReport(ctx.db(), input),
};
