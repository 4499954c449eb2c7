import { actionRoute } from "@/lib/actions/action-route";
import { discardBulkUpload } from "@/lib/bulk/upload-actions";

export const dynamic = "force-dynamic";

export const POST = actionRoute(discardBulkUpload);
