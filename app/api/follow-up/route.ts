import { actionRoute } from "@/lib/actions/action-route";
import { followUp } from "@/lib/preflight/check-actions";

export const dynamic = "force-dynamic";

export const POST = actionRoute(followUp);
