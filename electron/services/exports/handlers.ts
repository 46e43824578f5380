import type { HandlerSlice } from '../handlers';

export const exportHandlers: HandlerSlice<'exports.render'> = {
  'exports.render': (input, ctx) => ctx.query('exports.render', input),
};
