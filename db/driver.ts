/**
 * The app's Kysely dialect for better-sqlite3:
 * - SQLite DDL is transactional, and every transaction begins IMMEDIATE (see ImmediateCachedDriver);
 * - statements are prepared once and kept by their SQL text (the newest STATEMENT_CACHE_SIZE), where
 *   Kysely's own driver prepares every statement on every call;
 * - writes pass a gate first: while the data file's full check runs in the background, a write waits
 *   (without holding the connection, so reads go on), and once the check found damage it is refused.
 */
import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryResult,
} from 'kysely';

/** How many prepared statements one connection keeps. The app has fewer distinct queries than this. */
export const STATEMENT_CACHE_SIZE = 200;

/** What a write waits for: nothing (undefined), a promise that settles when writes may go, or rejects when they never may. */
export type WriteGate = () => Promise<void> | undefined;

/** Kysely treats SQLite DDL as non-transactional; SQLite DDL is transactional, so say so. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Prepared statements by SQL text, with whether each reads rows (asked once: it is a call into SQLite).
 * Past `size` the oldest prepared goes first: the app has fewer distinct queries than that, so the order
 * only matters for SQL built from many different values, and a hit then costs one lookup.
 */
export class StatementCache {
  private readonly map = new Map<string, CachedStatement>();
  /** How many statements were prepared (not found in the cache): for the tests. */
  prepared = 0;

  constructor(
    private readonly db: Database.Database,
    readonly size = STATEMENT_CACHE_SIZE,
  ) {}

  get(sqlText: string): CachedStatement {
    const found = this.map.get(sqlText);
    if (found) return found;
    const stmt = this.db.prepare(sqlText);
    const entry = { stmt, reader: stmt.reader, readonly: stmt.readonly };
    this.prepared++;
    this.map.set(sqlText, entry);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
    return entry;
  }

  get length(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

interface CachedStatement {
  stmt: Database.Statement;
  reader: boolean;
  readonly: boolean;
}

/** One holder at a time of SQLite's single connection. */
class ConnectionMutex {
  private held: Promise<void> | null = null;
  private release: (() => void) | null = null;

  /** Takes the connection if it is free; false when someone holds it. */
  tryLock(): boolean {
    if (this.held) return false;
    this.held = new Promise((resolve) => (this.release = resolve));
    return true;
  }

  async lock(): Promise<void> {
    while (!this.tryLock()) await this.held;
  }

  unlock(): void {
    const release = this.release;
    this.held = null;
    this.release = null;
    release?.();
  }
}

class CachedConnection implements DatabaseConnection {
  constructor(
    private readonly db: Database.Database,
    readonly statements: StatementCache,
    private readonly driver: ImmediateCachedDriver,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const { sql: sqlText, parameters } = compiledQuery;
    const { stmt, reader, readonly } = this.statements.get(sqlText);
    // A write outside a transaction passes the gate itself; inside one, BEGIN passed it.
    if (!readonly && !this.db.inTransaction) await this.driver.passGate();
    if (reader) return { rows: stmt.all(parameters) as R[] };
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiledQuery.query)) throw new Error('Sqlite driver only supports streaming of select queries');
    // An iterating statement is busy until it ends: a statement of its own, not the cached one.
    const rows = this.db.prepare(compiledQuery.sql).iterate(compiledQuery.parameters);
    return (async function* () {
      for (const row of rows) yield await Promise.resolve({ rows: [row as R] });
    })();
  }
}

/**
 * Kysely begins with a plain (deferred) BEGIN: a transaction that reads first and writes later can then fail
 * half-way with SQLITE_BUSY_SNAPSHOT when another connection wrote in between. BEGIN IMMEDIATE takes the
 * write lock up front, so a transaction either waits/fails at its start or runs to the end. Savepoints,
 * commit and rollback are SqliteDriver's own, run on this driver's connection.
 */
export class ImmediateCachedDriver extends SqliteDriver {
  private readonly mutex = new ConnectionMutex();
  readonly connection: CachedConnection;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly gate: WriteGate = () => undefined,
  ) {
    super({ database: sqlite });
    this.connection = new CachedConnection(sqlite, new StatementCache(sqlite), this);
  }

  override acquireConnection(): Promise<DatabaseConnection> {
    // Free (nearly always): no waiting, so a small query pays no extra turn of the event loop.
    if (this.mutex.tryLock()) return Promise.resolve(this.connection);
    return this.mutex.lock().then(() => this.connection);
  }

  override releaseConnection(): Promise<void> {
    this.mutex.unlock();
    return Promise.resolve();
  }

  /**
   * Called with the connection held: when writes must wait, give the connection back while waiting (reads
   * go on meanwhile), then take it again, whether the wait ended in a go or a refusal.
   */
  async passGate(): Promise<void> {
    const wait = this.gate();
    if (!wait) return;
    this.mutex.unlock();
    try {
      await wait;
    } finally {
      await this.mutex.lock();
    }
    // The gate may have closed again meanwhile (it never does today, but a wait must end on an open gate).
    await this.passGate();
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.passGate();
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async destroy(): Promise<void> {
    this.connection.statements.clear();
    await super.destroy();
  }
}

export class AppSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly gate?: WriteGate,
  ) {
    super({ database: sqlite });
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
  override createDriver(): Driver {
    return new ImmediateCachedDriver(this.sqlite, this.gate);
  }
}
