import { z } from "zod";

import { stillInFlight } from "@/lib/audit/send-store";
import { protectedRoute } from "@/lib/auth/protected-route";

export const dynamic = "force-dynamic";

const idsSchema = z.array(z.uuid()).max(100);

/** Which of the listed sends (`?ids=a,b`) are still in flight: History polls it while it shows any. */
export const GET = protectedRoute("viewer", async (request) => {
  const ids = idsSchema.safeParse(new URL(request.url).searchParams.get("ids")?.split(",").filter(Boolean) ?? []);
  if (!ids.success) return Response.json({ error: "ids: up to 100 send ids, comma-separated" }, { status: 400 });
  return Response.json({ inFlight: await stillInFlight(ids.data) }, { headers: { "cache-control": "no-store" } });
});
