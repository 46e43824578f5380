import type { HandlerSlice } from '../services/handlers';
import { renderDocument } from './render';

export const documentHandlers: HandlerSlice<'documents.render'> = {
  'documents.render': (input, ctx) => renderDocument(ctx.db(), input),
};
