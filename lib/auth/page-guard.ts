import "server-only";

import { redirect } from "next/navigation";

import { getCaller, type Caller } from "./caller";
import { countOperators } from "./operators";

/**
 * For pages: first run goes to setup, no session to sign-in. An extra layer only; every action
 * and route handler checks the caller itself.
 */
export async function requirePageCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (caller) return caller;
  // Only a visitor without a session can be facing a first run.
  redirect((await countOperators()) === 0 ? "/setup" : "/sign-in");
}
