import type { Metadata } from "next";

import { SendConsole } from "@/components/send-form/send-console";
import { Notice } from "@/components/ui/notice";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { getPublicConfig } from "@/lib/config/public-config";

// A title template applies to child segments only, so the root page spells its title out.
export const metadata: Metadata = { title: { absolute: "Send · ZIM Friend Console" } };

export default async function SendPage() {
  const caller = await requirePageCaller();
  const { batchLimit } = getPublicConfig();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Send friend requests</h1>
      {hasRole(caller.role, "operator") ? (
        <SendConsole batchLimit={batchLimit} canSendProduction={hasRole(caller.role, "admin")} />
      ) : (
        <Notice tone="warning" role="alert">
          Your role ({caller.role}) cannot send friend requests. You can read past sends in History.
        </Notice>
      )}
    </>
  );
}
