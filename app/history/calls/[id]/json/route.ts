import { getCall } from "@/lib/audit/call-store";
import { exportFileName } from "@/lib/audit/export-file-name";
import { protectedRoute } from "@/lib/auth/protected-route";

type Context = { params: Promise<{ id: string }> };

/** One QA call's audit record: who, where, the redacted request and the whole exchange. */
export const GET = protectedRoute<Context>("viewer", async (_request, { params }) => {
  const { id } = await params;
  const call = /^[0-9a-f-]{36}$/.test(id) ? await getCall(id) : undefined;
  if (!call) return Response.json({ error: "No such call." }, { status: 404 });
  return Response.json(call, {
    headers: {
      "content-disposition": `attachment; filename="${exportFileName({ kind: "call", id: call.id, requestId: call.requestId, extension: "json" })}"`,
    },
  });
});
