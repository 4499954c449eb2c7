import { sendToCsv } from "@/lib/audit/export";
import { exportRoute } from "@/lib/audit/export-route";

export const GET = exportRoute(
  (record) =>
    new Response(sendToCsv(record), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="send-${record.id}.csv"`,
      },
    }),
);
