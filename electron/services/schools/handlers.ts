import type { HandlerSlice } from '../handlers';
import { schoolOverview } from './overview';
import { createSchool, getSchool, listSchools, setArchived, updateSchool } from './schools';

export const schoolHandlers: HandlerSlice<'schools.list' | 'schools.get' | 'schools.create' | 'schools.update' | 'schools.archive' | 'schools.restore' | 'schools.overview'> = {
  'schools.list': (input, ctx) => listSchools(ctx.db(), input),
  'schools.get': (input, ctx) => getSchool(ctx.db(), input.id),
  'schools.create': (input, ctx) => createSchool(ctx.db(), input),
  'schools.update': (input, ctx) => updateSchool(ctx.db(), input),
  'schools.archive': (input, ctx) => setArchived(ctx.db(), input.id, true),
  'schools.restore': (input, ctx) => setArchived(ctx.db(), input.id, false),
  'schools.overview': (input, ctx) => schoolOverview(ctx.db(), input.id),
};
