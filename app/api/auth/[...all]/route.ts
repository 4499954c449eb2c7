import { toNextJsHandler } from "better-auth/next-js";

import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

/** better-auth's own endpoints (sign-in, sign-out, session); sign-up is disabled. */
const handle = async (request: Request) => (await getAuth()).handler(request);

export const { GET, POST } = toNextJsHandler(handle);
