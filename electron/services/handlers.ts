/** Each domain's slice of the dispatch table; combined in dispatch.ts. */
import type { Method, Output, ParsedInput } from '../../shared/api';
import type { AppContext } from '../app-context';
import type { CallOptions } from './documents/pack';

/** A handler; `options` carries what a transport offers a long call (progress, cancel). */
export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: AppContext, options?: CallOptions) => Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };
export type HandlerSlice<K extends Method> = { [M in K]: Handler<M> };

/** Spreads the slices into one table, refusing a method named twice. */
export function combineHandlers<T extends Partial<Handlers>[]>(...slices: T): T[number] extends infer _ ? UnionToIntersection<T[number]> : never {
  const out: Record<string, unknown> = {};
  for (const slice of slices) {
    for (const [name, fn] of Object.entries(slice)) {
      if (name in out) throw new Error(`The method ${name} is handled twice.`);
      out[name] = fn;
    }
  }
  return out as never;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
