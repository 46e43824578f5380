import type { HandlerSlice } from '../handlers';
import { issueDocument, listRegister, previousIssue, setReferencePattern } from './register';

export const registerHandlers: HandlerSlice<'documents.issue' | 'documents.previousIssue' | 'documents.register' | 'documents.setReferencePattern'> = {
  'documents.issue': (input, ctx) => issueDocument(ctx.db(), input),
  'documents.previousIssue': (input, ctx) => previousIssue(ctx.db(), input.request),
  'documents.register': (input, ctx) => listRegister(ctx.db(), input),
  'documents.setReferencePattern': (input, ctx) => setReferencePattern(ctx.db(), input.pattern),
};
