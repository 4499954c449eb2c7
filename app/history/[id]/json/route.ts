import { sendToJson } from "@/lib/sends/export";
import { exportRoute } from "@/lib/sends/export-route";

export const GET = exportRoute((record) =>
  Response.json(sendToJson(record), { headers: { "content-disposition": `attachment; filename="send-${record.id}.json"` } }),
);
