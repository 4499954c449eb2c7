import "server-only";
import { redirect } from "next/navigation";
import { getCaller, type Caller } from "./caller";
import { countOperators } from "./operators";
import { hasRole, type Role } from "./roles";

/**
 * For pages: first run goes to setup, no session to sign-in. An extra layer only; every action
 * and route handler checks the caller itself.
 */
export async function requirePageCaller(): Promise<Caller> {
  if ((await countOperators()) === 0) redirect("/setup");
  const caller = await getCaller();
  if (!caller) redirect("/sign-in");
  return caller;
}

export function canAct(caller: Caller, role: Role): boolean {
  return hasRole(caller.role, role);
}
