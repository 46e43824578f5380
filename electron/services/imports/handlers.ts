import { getLanguage } from '../cluster/settings';
import type { HandlerSlice } from '../handlers';
import { commitImport, previewImport } from './imports';
import { commitPeriods, previewPeriods } from './periods';
import { commitResults, previewResults } from './results';

export const importHandlers: HandlerSlice<'imports.preview' | 'imports.commit'> = {
  // Row messages are part of the answer, not an error: they are put in the UI's language here, as dispatch does for errors.
  'imports.preview': async (input, ctx) => {
    const language = await getLanguage(ctx.db());
    if (input.kind === 'periods') return previewPeriods(ctx.db(), ctx, input, language);
    if (input.kind === 'results') return previewResults(ctx.db(), ctx, input, language);
    return previewImport(ctx.db(), ctx, input, language);
  },
  'imports.commit': async (input, ctx) => (await commitPeriods(ctx.db(), ctx, input.previewId)) ?? (await commitResults(ctx.db(), ctx, input.previewId)) ?? commitImport(ctx.db(), ctx, input.previewId),
};
