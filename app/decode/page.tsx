import type { Metadata } from "next";

import { DecodeWorkbench } from "@/components/decode/decode-workbench";
import { requirePageCaller } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Decode" };

export default async function DecodePage() {
  await requirePageCaller();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Decode a response</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        Paste a SendFriendApplication answer from this app, a log or a customer&apos;s ticket. It is decoded in this browser:
        nothing is sent.
      </p>
      <DecodeWorkbench />
    </>
  );
}
