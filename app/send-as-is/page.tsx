import { SendAsIsConsole } from "@/components/send-as-is/send-as-is-console";
import { ClientOnly } from "@/components/ui/client-only";
import { canAct, requirePageCaller } from "@/lib/auth/page-guard";

export default async function RawPage() {
  const caller = await requirePageCaller();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Send as-is</h1>
      <p className="mb-4 max-w-prose text-sm text-slate-700">
        For QA: what you type is sent exactly, correctly signed, without the form&apos;s checks, so you can see how ZIM answers
        bad input. The probes break the signature on purpose to exercise the gateway.
      </p>
      {canAct(caller, "operator") ? (
        <ClientOnly fallback={<p className="text-sm text-slate-600">Loading the editor…</p>}>
          <SendAsIsConsole canSendProduction={canAct(caller, "admin")} />
        </ClientOnly>
      ) : (
        <p role="alert" className="text-sm">
          Your role ({caller.role}) cannot send.
        </p>
      )}
    </>
  );
}
