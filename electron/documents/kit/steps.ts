/** A next step's status as a reader wants it: open (and overdue, in red) or closed on a date with what was done. */
import type { Dictionary } from '../../../shared/i18n';
import type { NextStep } from '../../../shared/visits/types';
import { ALERT, DONE, MUTED } from './colours';
import type { Line } from './tables';
import { shortDate } from './text';

export function stepStatus(step: Pick<NextStep, 'dueDate' | 'closedOn' | 'closedNote'>, today: string, d: Dictionary): Line[] {
  if (step.closedOn) {
    const out: Line[] = [{ text: d.doc.stepClosed.replace('{{date}}', shortDate(step.closedOn, d)), color: DONE }];
    if (step.closedNote.trim()) out.push({ text: step.closedNote.trim(), size: 16, italics: true, color: MUTED });
    return out;
  }
  const overdue = step.dueDate !== null && step.dueDate < today;
  return overdue ? [{ text: d.doc.stepOpen }, { text: d.doc.stepOverdue.toUpperCase(), bold: true, color: ALERT }] : [{ text: d.doc.stepOpen }];
}

