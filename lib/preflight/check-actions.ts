import "server-only";

import { defineZimAction } from "@/lib/actions/define-action";

import { checkRequestSchema } from "./check-request-schema";
import { runFollowUp } from "./run-follow-up";
import { runPreflight } from "./run-preflight";

/** Before a send: who is registered, each relation and the friend count (served at /api/preflight). */
export const preflight = defineZimAction({
  name: "preflight",
  role: "operator",
  schema: () => checkRequestSchema,
  environment: ({ environmentId }) => ({ environmentId, readOnly: true }),
  handler: ({ fromUserId, userIds }, { caller, environment }) => runPreflight({ caller, environment, fromUserId, userIds }),
});

/** After a send: what each target that succeeded sees now (served at /api/follow-up). */
export const followUp = defineZimAction({
  name: "followUp",
  role: "operator",
  schema: () => checkRequestSchema,
  environment: ({ environmentId }) => ({ environmentId, readOnly: true }),
  handler: ({ fromUserId, userIds }, { caller, environment }) => runFollowUp({ caller, environment, fromUserId, userIds }),
});

export type PreflightAnswer = Awaited<ReturnType<typeof preflight>>;
export type FollowUpAnswer = Awaited<ReturnType<typeof followUp>>;
