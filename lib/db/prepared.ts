import type { Database } from "./client";

/**
 * A statement Drizzle builds once per database and then only fills in: building a send's audit
 * statements afresh cost each send about 1 ms of the server's time (README, "The send path").
 * The database still parses each run: see UNNAMED.
 */
export function preparedPerDatabase<Statement>(build: (db: Database) => Statement): (db: Database) => Statement {
  const byDatabase = new WeakMap<Database, Statement>();
  return (db) => {
    let statement = byDatabase.get(db);
    if (!statement) {
      statement = build(db);
      byDatabase.set(db, statement);
    }
    return statement;
  };
}

/**
 * The name to prepare with. Drizzle asks for one, and node-postgres makes a named statement on the
 * server for each connection that runs it; unnamed, each run is a plain parameterised query, so a
 * pooler in transaction mode (PgBouncer before 1.21) never hands a connection a statement it lacks.
 */
export const UNNAMED = "";
