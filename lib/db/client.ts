import "server-only";

import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

import { getServerConfig } from "@/lib/config/env";

import { EMBEDDED_SETTINGS, initialiseDataDir } from "./embedded";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: what a write that may join a transaction takes. */
export type Executor = Pick<Database, "select" | "insert" | "update" | "delete" | "execute">;

const MIGRATIONS = path.join(process.cwd(), "lib", "db", "migrations");
const GLOBAL_KEY = Symbol.for("zim-friend-console.database");
/** The advisory lock key that serialises migrations across processes ("zimm" in ASCII). */
const MIGRATION_LOCK = 0x7a696d6d;

type WithDatabase = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

/** Marks an embedded database: a symbol from the global registry, since routes are bundled apart. */
const IN_THIS_THREAD = Symbol.for("zim-friend-console.database-in-this-thread");

/**
 * Whether the database runs in the server's own thread (embedded PGlite): then every statement,
 * and every open transaction, holds up all other work of the process.
 */
export const runsInThisThread = (db: Database): boolean => IN_THIS_THREAD in db;

async function openPostgres(url: string): Promise<Database> {
  const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new Pool({ connectionString: url, max: 5 });
  const db = drizzle({ client: pool, schema });
  // Several processes may start together on one database: one migrates while the others wait.
  const lock = await pool.connect();
  try {
    await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder: MIGRATIONS });
  } finally {
    await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    lock.release();
  }
  return db;
}

/** Embedded PGlite in `dataDir`, or in memory without one (unit tests). */
async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  if (dataDir) initialiseDataDir(dataDir);
  const db = drizzle({ client: new PGlite(dataDir, { postgresqlconf: EMBEDDED_SETTINGS }), schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return Object.assign(db, { [IN_THIS_THREAD]: true });
}

/** Opens and migrates a database: PostgreSQL at `url`, else PGlite in `dataDir`, else PGlite in memory. */
export function openDatabase({ url, dataDir }: { url?: string; dataDir?: string }): Promise<Database> {
  return url ? openPostgres(url) : openEmbedded(dataDir && path.resolve(dataDir));
}

/**
 * The database of this process, opened once (embedded PGlite in the data folder, or PostgreSQL when
 * DATABASE_URL is set). What a stopped process left in flight is reaped by lib/leases, not here:
 * other processes may be serving the same database.
 */
export function getDb(): Promise<Database> {
  const holder = globalThis as WithDatabase;
  holder[GLOBAL_KEY] ??= openDatabase(getServerConfig().database).catch((error: unknown) => {
    // Not cached: the next caller tries again (the database may come up later).
    holder[GLOBAL_KEY] = undefined;
    throw error;
  });
  return holder[GLOBAL_KEY];
}

/** Makes `getDb` answer with this database: for unit tests, which use one in memory. */
export function provideDatabase(db: Promise<Database>): void {
  (globalThis as WithDatabase)[GLOBAL_KEY] = db;
}
