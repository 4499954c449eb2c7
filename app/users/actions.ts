"use server";

import { defineZimAction } from "@/lib/actions/define-action";
import { lookupRequestSchema } from "@/lib/lookup/lookup-request-schema";
import { lookUpUser } from "@/lib/lookup/run-lookup";

/** Read-only, so viewers may look users up; every call is audited as a lookup. */
export const lookUpUserAction = defineZimAction({
  name: "lookUpUser",
  role: "viewer",
  schema: () => lookupRequestSchema,
  environment: ({ environmentId }) => ({ environmentId, readOnly: true }),
  handler: (input, { caller, environment }) => lookUpUser({ caller, environment, ...input }),
});
