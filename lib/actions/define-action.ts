import "server-only";

import type { z } from "zod";

import { getCaller, type Caller } from "@/lib/auth/caller";
import { hasRole, type Role } from "@/lib/auth/roles";

import type { ActionIssue, DeniedResult, FailedResult, InvalidResult } from "./action-result";

function toIssues(error: z.ZodError): ActionIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/**
 * Every server action is a public endpoint, so each one is built here: session and role check,
 * re-parse with the shared schema, the handler, and errors mapped to a plain result that leaks
 * nothing. No action can skip a step.
 */
export function defineAction<Schema extends z.ZodType, Result>({
  name,
  role,
  schema,
  handler,
}: {
  name: string;
  /** The weakest role allowed to call it. */
  role: Role;
  schema: () => Schema;
  handler: (input: z.output<Schema>, caller: Caller) => Promise<Result>;
}): (input: unknown) => Promise<Result | InvalidResult | FailedResult | DeniedResult> {
  return async (input) => {
    const caller = await getCaller();
    if (!caller) return { status: "denied", message: "Sign in to do this." };
    if (!hasRole(caller.role, role)) return { status: "denied", message: `This needs the ${role} role; you are ${caller.role}.` };
    const parsed = schema().safeParse(input);
    if (!parsed.success) return { status: "invalid", issues: toIssues(parsed.error) };
    try {
      return await handler(parsed.data, caller);
    } catch (error) {
      // Log the name only: an error's message or stack could carry a request URL.
      console.error(`Action ${name} failed: ${error instanceof Error ? error.name : typeof error}`);
      return { status: "failed", message: "Something went wrong on the server. Try again." };
    }
  };
}
