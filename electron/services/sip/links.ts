/** A visit's next step may serve an action or a target of the school's plan for the visit's year, and no other. */
import type { Kysely } from 'kysely';
import { bi, type FieldErrors } from '../../../shared/errors';
import type { DB } from '../../../db/schema';

type Step = { sipActionId: number | null; sipTargetId: number | null };

export async function checkStepLinks(db: Kysely<DB>, schoolId: number, visitDate: string, steps: readonly Step[], problems: FieldErrors): Promise<void> {
  const actionIds = steps.map((s) => s.sipActionId).filter((x): x is number => x !== null);
  const targetIds = steps.map((s) => s.sipTargetId).filter((x): x is number => x !== null);
  if (actionIds.length === 0 && targetIds.length === 0) return;
  const year = Number(visitDate.slice(0, 4));
  const [actions, targets] = await Promise.all([
    actionIds.length === 0
      ? []
      : db.selectFrom('sip_actions as x').innerJoin('sip_priorities as p', 'p.id', 'x.priority_id').innerJoin('sips as s', 's.id', 'p.sip_id').select(['x.id', 's.school_id', 's.year']).where('x.id', 'in', actionIds).execute(),
    targetIds.length === 0
      ? []
      : db.selectFrom('sip_targets as x').innerJoin('sip_priorities as p', 'p.id', 'x.priority_id').innerJoin('sips as s', 's.id', 'p.sip_id').select(['x.id', 's.school_id', 's.year']).where('x.id', 'in', targetIds).execute(),
  ]);
  const ours = (rows: { id: number; school_id: number; year: number }[], id: number) => rows.some((r) => r.id === id && r.school_id === schoolId && r.year === year);
  const message = bi(`Link the step to the ${year} plan of the visited school`, `Pautkan langkah kepada pelan ${year} sekolah yang dilawati`);
  steps.forEach((s, i) => {
    if (s.sipActionId !== null && !ours(actions, s.sipActionId)) problems.add(`nextSteps.${i}.sipActionId`, message);
    if (s.sipTargetId !== null && !ours(targets, s.sipTargetId)) problems.add(`nextSteps.${i}.sipTargetId`, message);
  });
}
