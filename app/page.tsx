import { connection } from "next/server";
import { SendConsole } from "@/components/send-form/send-console";
import { getPublicConfig } from "@/lib/config/public-config";

export default async function SendPage() {
  await connection();
  const { batchLimit } = getPublicConfig();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Send friend requests</h1>
      <SendConsole batchLimit={batchLimit} />
    </>
  );
}
