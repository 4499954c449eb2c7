import { sendToJson } from "@/lib/audit/export";
import { exportRoute } from "@/lib/audit/export-route";

export const GET = exportRoute((record) =>
  Response.json(sendToJson(record), { headers: { "content-disposition": `attachment; filename="send-${record.id}.json"` } }),
);
