import type { Metadata } from "next";

import { SendAsIsConsole } from "@/components/send-as-is/send-as-is-console";
import { ClientOnly } from "@/components/ui/client-only";
import { Notice } from "@/components/ui/notice";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Send as-is" };

export default async function SendAsIsPage() {
  const caller = await requirePageCaller();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Send as-is</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        For QA: what you type is sent exactly, correctly signed, without the form&apos;s checks, so you can see how ZIM answers
        bad input. The probes break the signature on purpose to exercise the gateway.
      </p>
      {hasRole(caller.role, "operator") ? (
        <ClientOnly fallback={<p className="text-sm text-muted">Loading the editor…</p>}>
          <SendAsIsConsole canSendProduction={hasRole(caller.role, "admin")} />
        </ClientOnly>
      ) : (
        <Notice tone="warning" role="alert">
          Your role ({caller.role}) cannot send.
        </Notice>
      )}
    </>
  );
}
