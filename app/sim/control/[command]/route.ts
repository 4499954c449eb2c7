import { protectedRoute } from "@/lib/auth/protected-route";
import { readArrivals, readControlState, runControlCommand } from "@/lib/simulator/control-handler";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/sim/control/[command]">;

/** The simulator's control surface is for admins; the protocol at /sim stays open, as ZIM's is. */
export const GET = protectedRoute<Context>("admin", async (_request, { params }) => {
  const { command } = await params;
  if (command === "state") return readControlState();
  if (command === "arrivals") return readArrivals();
  return Response.json({ error: "Only /sim/control/state and /sim/control/arrivals answer GET" }, { status: 405 });
});

export const POST = protectedRoute<Context>("admin", async (request, { params }) => {
  const { command } = await params;
  return runControlCommand(command, request);
});
