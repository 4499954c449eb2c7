"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getServerConfig } from "@/lib/config/env";
import { sendFriendApplication } from "@/lib/send/send-friend-application";
import { createSendSchema } from "@/lib/zim/send-schema";

export const sendFriendApplicationAction = defineAction({
  name: "sendFriendApplication",
  schema: () => createSendSchema({ batchLimit: getServerConfig().batchLimit }),
  handler: (values) => sendFriendApplication(values),
});
