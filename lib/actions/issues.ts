import type { z } from "zod";

import type { ActionIssue } from "./action-result";

/** Zod's issues keyed by their full path; an input of the wrong shape altogether is named "input". */
export function toIssues(error: z.ZodError): ActionIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "input", message: issue.message }));
}
