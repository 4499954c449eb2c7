"use server";

import { defineZimAction } from "@/lib/actions/define-action";
import { runSendAsIs } from "@/lib/qa/run-send-as-is";
import { sendAsIsSchema } from "@/lib/qa/send-as-is";

/** QA's send-as-is: skips the form's rules on purpose, never the caller's role or production's confirmation. */
export const sendAsIsAction = defineZimAction({
  name: "sendAsIs",
  role: "operator",
  schema: () => sendAsIsSchema,
  environment: ({ environmentId, confirmation }) => ({ environmentId, confirmation, expected: "environment name" }),
  handler: (input, { caller, environment }) => runSendAsIs({ caller, environment, input }),
});
