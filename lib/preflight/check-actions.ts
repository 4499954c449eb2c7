import "server-only";

import { defineZimAction } from "@/lib/actions/define-action";

import type { CheckCall } from "./check-call";
import { checkRequestSchema } from "./check-request-schema";
import { runFollowUp } from "./run-follow-up";
import { runPreflight } from "./run-preflight";

/** A read-only check as an operator's action: only the reads it makes differ. */
function defineCheck<Answer>(name: string, run: (call: CheckCall) => Promise<Answer>) {
  return defineZimAction({
    name,
    role: "operator",
    schema: () => checkRequestSchema,
    environment: ({ environmentId }) => ({ environmentId, readOnly: true }),
    handler: ({ fromUserId, userIds }, { caller, environment }) => run({ caller, environment, fromUserId, userIds }),
  });
}

/** Before a send: who is registered, each relation and the friend count (served at /api/preflight). */
export const preflight = defineCheck("preflight", runPreflight);

/** After a send: what each target that succeeded sees now (served at /api/follow-up). */
export const followUp = defineCheck("followUp", runFollowUp);

export type PreflightAnswer = Awaited<ReturnType<typeof preflight>>;
export type FollowUpAnswer = Awaited<ReturnType<typeof followUp>>;
