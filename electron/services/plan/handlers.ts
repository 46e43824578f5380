import type { HandlerSlice } from '../handlers';
import { createInitiative, deleteInitiative, moveInitiative, restoreInitiative, setProfileOrder, updateInitiative } from './initiatives';
import { createLane, deleteLane, moveLane, renameLane, restoreLane } from './lanes';
import { createPhase, deletePhase, restorePhase, updatePhase } from './phases';
import { listYears, readPlan } from './read';
import { copyForward, createYear, setWindow } from './years';

type PlanMethods =
  | `plan.${'years' | 'get' | 'createYear' | 'setWindow' | 'copyForward'}`
  | `initiatives.${'create' | 'update' | 'delete' | 'restore' | 'move' | 'setProfileOrder'}`
  | `lanes.${'create' | 'update' | 'delete' | 'restore' | 'move'}`
  | `phases.${'create' | 'update' | 'delete' | 'restore'}`;

export const planHandlers: HandlerSlice<PlanMethods> = {
  'plan.years': (_input, ctx) => listYears(ctx.db()),
  'plan.get': (input, ctx) => readPlan(ctx.db(), input.year),
  'plan.createYear': (input, ctx) => createYear(ctx.db(), input),
  'plan.setWindow': (input, ctx) => setWindow(ctx.db(), input),
  'plan.copyForward': (input, ctx) => copyForward(ctx.db(), input.year),
  'initiatives.create': (input, ctx) => createInitiative(ctx.db(), input),
  'initiatives.update': (input, ctx) => updateInitiative(ctx.db(), input),
  'initiatives.delete': (input, ctx) => deleteInitiative(ctx.db(), input.id),
  'initiatives.restore': (input, ctx) => restoreInitiative(ctx.db(), input.id),
  'initiatives.move': (input, ctx) => moveInitiative(ctx.db(), input.id, input.position),
  'initiatives.setProfileOrder': (input, ctx) => setProfileOrder(ctx.db(), input.year, input.ids),
  'lanes.create': (input, ctx) => createLane(ctx.db(), input.initiativeId, input.name),
  'lanes.update': (input, ctx) => renameLane(ctx.db(), input),
  'lanes.delete': (input, ctx) => deleteLane(ctx.db(), input.id),
  'lanes.restore': (input, ctx) => restoreLane(ctx.db(), input.id),
  'lanes.move': (input, ctx) => moveLane(ctx.db(), input.id, input.position),
  'phases.create': (input, ctx) => createPhase(ctx.db(), input),
  'phases.update': (input, ctx) => updatePhase(ctx.db(), input),
  'phases.delete': (input, ctx) => deletePhase(ctx.db(), input.id),
  'phases.restore': (input, ctx) => restorePhase(ctx.db(), input.id),
};
