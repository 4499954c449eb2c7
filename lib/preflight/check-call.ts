import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";

/** Who checks, where, and which targets of which FromUserId: the input of a preflight and of a follow-up. */
export type CheckCall = { caller: Caller; environment: Environment; fromUserId: string; userIds: readonly string[] };

/** A read the answer needs failed: nothing is predicted or told rather than a guess. */
export type CheckIncomplete = { status: "incomplete"; message: string };
