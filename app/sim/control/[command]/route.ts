import { protectedRoute } from "@/lib/auth/protected-route";
import { readControlState, runControlCommand } from "@/lib/simulator/control-handler";

export const dynamic = "force-dynamic";

type Context = RouteContext<"/sim/control/[command]">;

/** The simulator's control surface is for admins; the protocol at /sim stays open, as ZIM's is. */
export const GET = protectedRoute<Context>("admin", async (_request, { params }) => {
  const { command } = await params;
  if (command === "state") return readControlState();
  return Response.json({ error: "Only /sim/control/state answers GET" }, { status: 405 });
});

export const POST = protectedRoute<Context>("admin", async (request, { params }) => {
  const { command } = await params;
  return runControlCommand(command, request);
});
