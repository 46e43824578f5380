import { getLanguage } from '../cluster/settings';
import type { HandlerSlice } from '../handlers';
import { commitImport, previewImport } from './imports';
import { commitPeriods, previewPeriods } from './periods';

export const importHandlers: HandlerSlice<'imports.preview' | 'imports.commit'> = {
  // Row messages are part of the answer, not an error: they are put in the UI's language here, as dispatch does for errors.
  'imports.preview': async (input, ctx) =>
    input.kind === 'periods' ? previewPeriods(ctx.db(), ctx, input, await getLanguage(ctx.db())) : previewImport(ctx.db(), ctx, input, await getLanguage(ctx.db())),
  'imports.commit': async (input, ctx) => (await commitPeriods(ctx.db(), ctx, input.previewId)) ?? commitImport(ctx.db(), ctx, input.previewId),
};
