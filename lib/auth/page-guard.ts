import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { getCaller, type Caller } from "./caller";
import { REQUESTED_PATH_HEADER, safeNextPath } from "./next-path";
import { countOperators } from "./operators";

/**
 * For pages: first run goes to setup, no session to sign-in. An extra layer only; every action
 * and route handler checks the caller itself.
 */
export async function requirePageCaller(): Promise<Caller> {
  const caller = await getCaller();
  if (caller) return caller;
  // Only a visitor without a session can be facing a first run.
  if ((await countOperators()) === 0) redirect("/setup");
  const asked = safeNextPath((await headers()).get(REQUESTED_PATH_HEADER));
  redirect(asked && asked !== "/" ? `/sign-in?next=${encodeURIComponent(asked)}` : "/sign-in");
}
