import type { HandlerSlice } from '../handlers';
import { buildPack, packZip } from './pack';
import { loadSignatories, saveSignatories } from './signatories';
import { issueDocument, listRegister, previousIssue, setReferencePattern } from './register';

export const registerHandlers: HandlerSlice<'documents.signatories' | 'documents.setSignatories' | 'documents.pack' | 'documents.issue' | 'documents.previousIssue' | 'documents.register' | 'documents.setReferencePattern'> = {
  'documents.signatories': (_input, ctx) => loadSignatories(ctx.db()),
  'documents.setSignatories': (input, ctx) => saveSignatories(ctx.db(), input),
  'documents.pack': async (input, ctx, options) => packZip(await buildPack(ctx.db(), input, options)),
  'documents.issue': (input, ctx) => issueDocument(ctx.db(), input),
  'documents.previousIssue': (input, ctx) => previousIssue(ctx.db(), input.request),
  'documents.register': (input, ctx) => listRegister(ctx.db(), input),
  'documents.setReferencePattern': (input, ctx) => setReferencePattern(ctx.db(), input.pattern),
};
