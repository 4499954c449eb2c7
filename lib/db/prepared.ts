import type { Database } from "./client";

/**
 * A query Drizzle builds once per database and then only fills in: building a send's audit
 * statements afresh cost each send about 1 ms of the server's time (README, "The send path").
 *
 * Prepared unnamed. Drizzle asks for a name, and node-postgres makes a named statement on the
 * server for each connection that runs it; unnamed, each run is a plain parameterised query, so a
 * pooler in transaction mode (PgBouncer before 1.21) never hands a connection a statement it lacks.
 */
export function preparedPerDatabase<Prepared>(
  build: (db: Database) => { prepare(name: string): Prepared },
): (db: Database) => Prepared {
  const byDatabase = new WeakMap<Database, Prepared>();
  return (db) => {
    let statement = byDatabase.get(db);
    if (!statement) {
      statement = build(db).prepare("");
      byDatabase.set(db, statement);
    }
    return statement;
  };
}
