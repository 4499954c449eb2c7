import "server-only";

import { protectedRoute } from "@/lib/auth/protected-route";

import type { SendRecord } from "./send-record";
import { getSend } from "./send-store";

type Context = { params: Promise<{ id: string }> };

/** An export of one send, for viewers and up; 404 for an unknown id. */
export function exportRoute(render: (record: SendRecord, request: Request) => Response) {
  return protectedRoute<Context>("viewer", async (request, { params }) => {
    const { id } = await params;
    const record = /^[0-9a-f-]{36}$/.test(id) ? await getSend(id) : undefined;
    return record ? render(record, request) : Response.json({ error: "No such send." }, { status: 404 });
  });
}
