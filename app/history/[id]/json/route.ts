import { sendToJson } from "@/lib/audit/export";
import { exportFileName } from "@/lib/audit/export-file-name";
import { exportRoute } from "@/lib/audit/export-route";

export const GET = exportRoute((record) => {
  const fileName = exportFileName({
    kind: "send",
    id: record.id,
    ticket: record.reason,
    requestId: record.requestId,
    extension: "json",
  });
  return Response.json(sendToJson(record), { headers: { "content-disposition": `attachment; filename="${fileName}"` } });
});
