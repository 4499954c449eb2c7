import "server-only";

import { getCaller, type Caller } from "./caller";
import { hasRole, type Role } from "./roles";

type Handler<Context> = (request: Request, context: Context, caller: Caller) => Promise<Response>;

/** Every protected route handler goes through this: 401 without a session, 403 below `role`. */
export function protectedRoute<Context>(role: Role, handler: Handler<Context>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const caller = await getCaller();
    if (!caller) return Response.json({ error: "Sign in to do this." }, { status: 401 });
    if (!hasRole(caller.role, role)) return Response.json({ error: `This needs the ${role} role.` }, { status: 403 });
    return handler(request, context, caller);
  };
}
