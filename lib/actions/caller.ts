import "server-only";

/**
 * Who is calling a server action. The console has no sign-in yet, so every caller is the local
 * operator; the operators issue replaces this with a session lookup, and `defineAction` is the
 * one place that calls it.
 */
export type Caller = { kind: "local" };

export async function getCaller(): Promise<Caller | null> {
  return { kind: "local" };
}
