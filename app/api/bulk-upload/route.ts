import { actionRoute } from "@/lib/actions/action-route";
import { stageBulkRows } from "@/lib/bulk/upload-actions";

export const dynamic = "force-dynamic";

export const POST = actionRoute(stageBulkRows);
