import { SendConsole } from "@/components/send-form/send-console";
import { canAct, requirePageCaller } from "@/lib/auth/page-guard";
import { getPublicConfig } from "@/lib/config/public-config";

export default async function SendPage() {
  const caller = await requirePageCaller();
  const { batchLimit } = getPublicConfig();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Send friend requests</h1>
      {canAct(caller, "operator") ? (
        <SendConsole batchLimit={batchLimit} canSendProduction={canAct(caller, "admin")} />
      ) : (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Your role ({caller.role}) cannot send friend requests. You can read past sends in History.
        </p>
      )}
    </>
  );
}
