import { sql } from "drizzle-orm";

import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Ready once the database answers: a load balancer sends no one to an instance that cannot record a send. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, message: "The database does not answer." }, { status: 503 });
  }
}
