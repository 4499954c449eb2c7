import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SendConsole } from "@/components/send-form/send-console";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { getPublicConfig } from "@/lib/config/public-config";

// A title template applies to child segments only, so the root page spells its title out.
export const metadata: Metadata = { title: { absolute: "Send · ZIM Friend Console" } };

export default async function SendPage() {
  const caller = await requirePageCaller();
  // Viewers cannot send: their work starts in History.
  if (!hasRole(caller.role, "operator")) redirect("/history");
  const { batchLimit } = getPublicConfig();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Send friend requests</h1>
      <SendConsole batchLimit={batchLimit} canSendProduction={hasRole(caller.role, "admin")} />
    </>
  );
}
