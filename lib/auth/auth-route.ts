import "server-only";

import { getAuth } from "./auth";
import { clientAddress } from "./client-address";
import { withSignInLimits, WRONG_CREDENTIALS } from "./sign-in";

async function emailOf(request: Request): Promise<string> {
  try {
    const body: unknown = await request.clone().json();
    return typeof body === "object" && body !== null && "email" in body && typeof body.email === "string" ? body.email : "";
  } catch {
    return "";
  }
}

/** Sign-in over HTTP: the same limits as the page, and one answer for every failure. */
async function signInOverHttp(request: Request, handle: (request: Request) => Promise<Response>): Promise<Response> {
  let answer: Response | undefined;
  const result = await withSignInLimits({ email: await emailOf(request), address: clientAddress(request.headers) }, async () => {
    answer = await handle(request);
    return answer.ok;
  });
  if (result.ok && answer) return answer;
  const wait = result.ok || result.error === WRONG_CREDENTIALS ? undefined : result.error;
  return Response.json(
    wait ? { code: "TOO_MANY_ATTEMPTS", message: wait } : { code: "INVALID_EMAIL_OR_PASSWORD", message: WRONG_CREDENTIALS },
    { status: wait ? 429 : 401 },
  );
}

/** The session as page scripts may see it: never its token (the cookie that carries it is httpOnly). */
async function sessionWithoutToken(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const body: unknown = await response.json();
  if (
    typeof body === "object" &&
    body !== null &&
    "session" in body &&
    typeof body.session === "object" &&
    body.session !== null
  ) {
    const session = Object.fromEntries(Object.entries(body.session).filter(([name]) => name !== "token"));
    return Response.json({ ...body, session }, { status: response.status, headers: response.headers });
  }
  return Response.json(body, { status: response.status, headers: response.headers });
}

/** better-auth's endpoints, with the console's sign-in limits and without handing out the session token. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const auth = await getAuth();
  const handle = (forwarded: Request) => auth.handler(forwarded);
  const path = new URL(request.url).pathname;
  if (request.method === "POST" && path.endsWith("/sign-in/email")) return signInOverHttp(request, handle);
  if (request.method === "GET" && path.endsWith("/get-session")) return sessionWithoutToken(await handle(request));
  return handle(request);
}
