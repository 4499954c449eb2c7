import "server-only";

import { isRefusal, type ActionResult, type Refusal } from "./action-result";

const NO_STORE = { "cache-control": "no-store" };

function refuse(refusal: Refusal, status: number): Response {
  return Response.json(refusal, { status, headers: NO_STORE });
}

/** The host the browser addressed, as Next's own check of server actions reads it (a proxy may rewrite Host). */
function addressedHost(request: Request): string | null {
  return request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
}

/**
 * The page's own JSON POST: a cross-site page can send neither this content type without a CORS
 * preflight (which nothing here answers) nor this Origin.
 */
function isSameOriginJson(request: Request): boolean {
  if (!request.headers.get("content-type")?.startsWith("application/json")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host === addressedHost(request);
  } catch {
    return false;
  }
}

/** The answer's meaning in HTTP too, for anything that reads the status alone (a proxy's log, a monitor). */
function httpStatus(result: ActionResult<{ status: string }>): number {
  if (!isRefusal(result) || result.status === "failed") return 200;
  if (result.status === "invalid") return 400;
  return result.signedOut ? 401 : 403;
}

/**
 * An action served as a POST route handler, for work a page runs on its own (read-only checks, a
 * list going up ahead of its job): Next runs a page's server actions one at a time, and a send
 * clicked during that work would wait for it. The action still checks the session, the role and
 * its input, and answers its usual ActionResult.
 */
export function actionRoute<Output extends { status: string }>(action: (input: unknown) => Promise<ActionResult<Output>>) {
  return async (request: Request): Promise<Response> => {
    if (!isSameOriginJson(request)) {
      return refuse({ status: "denied", message: "Only this console's own pages may ask for this." }, 403);
    }
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      return refuse({ status: "invalid", issues: [{ path: "", message: "The request is not JSON." }] }, 400);
    }
    const result = await action(input);
    return Response.json(result, { status: httpStatus(result), headers: NO_STORE });
  };
}
