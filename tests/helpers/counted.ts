/** A database handle that counts the queries run through it, for "a fixed number of queries" checks. */
import type { Kysely, KyselyPlugin } from 'kysely';
import type { DB } from '../../db/schema';

export function counted(db: Kysely<DB>) {
  const seen = { queries: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      seen.queries++;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { db: db.withPlugin(plugin), seen };
}
