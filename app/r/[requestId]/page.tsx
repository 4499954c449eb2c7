import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SearchBox } from "@/components/search/search-box";
import { findCallByRequestId } from "@/lib/audit/call-store";
import { findSendByRequestId } from "@/lib/audit/send-store";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "RequestId" };

/** `/r/<RequestId>`, for tickets: straight to the send or QA call ZIM answered with that RequestId. */
export default async function RequestIdPage({ params }: PageProps<"/r/[requestId]">) {
  await requirePageCaller();
  const requestId = decodeURIComponent((await params).requestId).slice(0, 200);
  const send = await findSendByRequestId(requestId);
  if (send) redirect(`/history/${send.id}`);
  const call = await findCallByRequestId(requestId);
  if (call) redirect(`/history/calls/${call.id}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">No send or call with RequestId {requestId}</h1>
      <p className="text-sm">
        Nothing recorded here carries that RequestId exactly. Search for the start of it, or for a ticket or user ID:
      </p>
      <SearchBox id="request-id-search" name="Search for this RequestId" defaultValue={requestId} wide />
    </div>
  );
}
