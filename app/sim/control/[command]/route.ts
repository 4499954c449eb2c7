import { readControlState, runControlCommand } from "@/lib/simulator/control-handler";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/sim/control/[command]">) {
  const { command } = await params;
  if (command === "state") return readControlState();
  return Response.json({ error: "Only /sim/control/state answers GET" }, { status: 405 });
}

export async function POST(request: Request, { params }: RouteContext<"/sim/control/[command]">) {
  const { command } = await params;
  return runControlCommand(command, request);
}
