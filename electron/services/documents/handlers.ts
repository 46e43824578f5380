import type { HandlerSlice } from '../handlers';
import { buildPack, packZip } from './pack';
import { issueDocument, listRegister, previousIssue, setReferencePattern } from './register';

export const registerHandlers: HandlerSlice<'documents.pack' | 'documents.issue' | 'documents.previousIssue' | 'documents.register' | 'documents.setReferencePattern'> = {
  'documents.pack': async (input, ctx, options) => packZip(await buildPack(ctx.db(), input, options)),
  'documents.issue': (input, ctx) => issueDocument(ctx.db(), input),
  'documents.previousIssue': (input, ctx) => previousIssue(ctx.db(), input.request),
  'documents.register': (input, ctx) => listRegister(ctx.db(), input),
  'documents.setReferencePattern': (input, ctx) => setReferencePattern(ctx.db(), input.pattern),
};
