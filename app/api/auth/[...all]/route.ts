import { toNextJsHandler } from "better-auth/next-js";

import { handleAuthRequest } from "@/lib/auth/auth-route";

export const dynamic = "force-dynamic";

/** better-auth's own endpoints (sign-in, sign-out, session), under the console's limits; sign-up is disabled. */
export const { GET, POST } = toNextJsHandler(handleAuthRequest);
