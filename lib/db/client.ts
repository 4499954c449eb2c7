import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

import { getServerConfig } from "@/lib/config/env";

import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

const MIGRATIONS = path.join(process.cwd(), "lib", "db", "migrations");
const GLOBAL_KEY = Symbol.for("zim-friend-console.database");

type WithDatabase = typeof globalThis & { [GLOBAL_KEY]?: Promise<Database> };

async function openPostgres(url: string): Promise<Database> {
  const [{ Pool }, { drizzle }, { migrate }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const db = drizzle({ client: new Pool({ connectionString: url, max: 5 }), schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return db as unknown as Database;
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  mkdirSync(dataDir, { recursive: true });
  const db = drizzle({ client: new PGlite(dataDir), schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return db as unknown as Database;
}

/**
 * Opens the database once per process (embedded PGlite in the data folder, or PostgreSQL when
 * DATABASE_URL is set), applies the migrations, and marks sends a dead process left in flight.
 */
export function getDb(): Promise<Database> {
  const holder = globalThis as WithDatabase;
  holder[GLOBAL_KEY] ??= (async () => {
    const { url, dataDir } = getServerConfig().database;
    const db = url ? await openPostgres(url) : await openEmbedded(path.resolve(dataDir));
    // Only one process serves a database, so a send still pending at start-up lost its process.
    await db.execute(sql`update "send" set "status" = 'unknown' where "status" = 'pending'`);
    await db.execute(sql`update "zim_call" set "status" = 'unknown' where "status" = 'pending'`);
    return db;
  })();
  return holder[GLOBAL_KEY];
}
