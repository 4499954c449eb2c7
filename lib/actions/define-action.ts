import "server-only";
import type { z } from "zod";
import type { ActionIssue, FailedResult, InvalidResult } from "./action-result";
import { getCaller, type Caller } from "./caller";

function toIssues(error: z.ZodError): ActionIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/**
 * Every server action is a public endpoint, so each one is built here: caller check, re-parse
 * with the shared schema, the handler, and errors mapped to a plain result that leaks nothing.
 */
export function defineAction<Schema extends z.ZodType, Result>({
  name,
  schema,
  handler,
}: {
  name: string;
  schema: () => Schema;
  handler: (input: z.output<Schema>, caller: Caller) => Promise<Result>;
}): (input: unknown) => Promise<Result | InvalidResult | FailedResult> {
  return async (input) => {
    const caller = await getCaller();
    if (!caller) return { status: "failed", message: "Sign in to do this." };
    const parsed = schema().safeParse(input);
    if (!parsed.success) return { status: "invalid", issues: toIssues(parsed.error) };
    try {
      return await handler(parsed.data, caller);
    } catch (error) {
      // Log the name only: an error's message or stack could carry a request URL.
      console.error(`Action ${name} failed: ${error instanceof Error ? error.name : typeof error}`);
      return { status: "failed", message: "Something went wrong on the server; nothing was sent twice. Try again." };
    }
  };
}
