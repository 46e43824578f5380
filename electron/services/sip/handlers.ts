import type { HandlerSlice } from '../handlers';
import { copyForward } from './copy-forward';
import { getSip, listSips } from './read';
import { saveSip } from './save';

export const sipHandlers: HandlerSlice<`sip.${'get' | 'save' | 'list' | 'copyForward'}`> = {
  'sip.get': (input, ctx) => getSip(ctx.db(), input.schoolId, input.year),
  'sip.save': (input, ctx) => saveSip(ctx.db(), input),
  'sip.list': (input, ctx) => listSips(ctx.db(), input.year),
  'sip.copyForward': (input, ctx) => copyForward(ctx.db(), input.schoolId, input.fromYear),
};
