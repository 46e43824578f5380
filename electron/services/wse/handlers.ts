import type { HandlerSlice } from '../handlers';
import { deleteBand, listBands, saveBand } from './bands';
import { deleteAspect, readFramework, saveAspect, saveDomain, setAspectArchived } from './framework';
import { getRatings, saveRatings } from './ratings';
import { listCriterionAspects, setCriterionAspect } from './tags';

type WseMethods =
  | `wse.${'aspects' | 'saveAspect' | 'archiveAspect' | 'restoreAspect' | 'deleteAspect' | 'saveDomain' | 'bands' | 'saveBand' | 'deleteBand' | 'ratings' | 'saveRatings'}`
  | `rubric.${'aspects' | 'setAspect'}`;

export const wseHandlers: HandlerSlice<WseMethods> = {
  'wse.aspects': (_input, ctx) => readFramework(ctx.db()),
  'wse.saveAspect': (input, ctx) => saveAspect(ctx.db(), input),
  'wse.archiveAspect': (input, ctx) => setAspectArchived(ctx.db(), input.id, true),
  'wse.restoreAspect': (input, ctx) => setAspectArchived(ctx.db(), input.id, false),
  'wse.deleteAspect': (input, ctx) => deleteAspect(ctx.db(), input.id),
  'wse.saveDomain': (input, ctx) => saveDomain(ctx.db(), input),
  'wse.bands': (input, ctx) => listBands(ctx.db(), input.schoolId),
  'wse.saveBand': (input, ctx) => saveBand(ctx.db(), input),
  'wse.deleteBand': (input, ctx) => deleteBand(ctx.db(), input.id),
  'wse.ratings': (input, ctx) => getRatings(ctx.db(), input.schoolId, input.year),
  'wse.saveRatings': (input, ctx) => saveRatings(ctx.db(), input),
  'rubric.aspects': (_input, ctx) => listCriterionAspects(ctx.db()),
  'rubric.setAspect': (input, ctx) => setCriterionAspect(ctx.db(), input.criterionId, input.aspectId),
};
