"use server";

import { defineAction } from "@/lib/actions/define-action";
import { runSendAsIs } from "@/lib/qa/run-send-as-is";
import { sendAsIsSchema } from "@/lib/qa/send-as-is";
import { checkEnvironmentAccess } from "@/lib/sending/send-friend-application";

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** QA's send-as-is: skips the form's rules on purpose, never the caller's role or production's confirmation. */
export const sendAsIsAction = defineAction({
  name: "sendAsIs",
  role: "operator",
  schema: () => sendAsIsSchema,
  handler: async (input, caller) => {
    const environment = checkEnvironmentAccess({
      environmentId: input.environmentId,
      caller,
      confirmation: input.confirmation,
      expected: ({ name }) => ({ value: name, label: "environment's name" }),
    });
    if ("status" in environment) return environment;
    if (input.method === "GET" && input.body.trim() !== "" && !isJsonObject(input.body)) {
      return {
        status: "invalid" as const,
        issues: [{ path: "body", message: "For a GET, give the query parameters as a JSON object." }],
      };
    }
    return runSendAsIs({ caller, environment }, input);
  },
});
