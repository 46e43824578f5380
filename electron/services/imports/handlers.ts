import { getLanguage } from '../cluster/settings';
import type { HandlerSlice } from '../handlers';
import { commitImport, previewImport } from './imports';

export const importHandlers: HandlerSlice<'imports.preview' | 'imports.commit'> = {
  // Row messages are part of the answer, not an error: they are put in the UI's language here, as dispatch does for errors.
  'imports.preview': async (input, ctx) => previewImport(ctx.db(), ctx, input, await getLanguage(ctx.db())),
  'imports.commit': (input, ctx) => commitImport(ctx.db(), ctx, input.previewId),
};
