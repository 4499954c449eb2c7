import { sendToCsv } from "@/lib/audit/export";
import { exportFileName } from "@/lib/audit/export-file-name";
import { exportRoute } from "@/lib/audit/export-route";
import { isTimeZone } from "@/lib/time/zoned";

export const GET = exportRoute((record, request) => {
  const zone = new URL(request.url).searchParams.get("tz") ?? undefined;
  const fileName = exportFileName({
    kind: "send",
    id: record.id,
    ticket: record.reason,
    requestId: record.requestId,
    extension: "csv",
  });
  return new Response(sendToCsv(record, { timeZone: isTimeZone(zone) ? zone : "UTC" }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
});
