import "server-only";

import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { eq } from "drizzle-orm";

import { getServerConfig } from "@/lib/config/env";
import { getDb, type Database } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";

import { clientAddressHeader } from "./client-address";

/** Without BETTER_AUTH_SECRET, a random secret is made on first start and kept in the database. */
async function sessionSecret(db: Database): Promise<string> {
  const configured = getServerConfig().auth.secret;
  if (configured) return configured;
  await db
    .insert(schema.setting)
    .values({ key: "auth-secret", value: randomBytes(32).toString("hex") })
    .onConflictDoNothing();
  const [row] = await db.select().from(schema.setting).where(eq(schema.setting.key, "auth-secret"));
  if (!row) throw new Error("The session secret could not be stored.");
  return row.value;
}

async function createAuth() {
  const db = await getDb();
  const { baseUrl } = getServerConfig().auth;
  const port = new URL(baseUrl).port;
  return betterAuth({
    secret: await sessionSecret(db),
    baseURL: baseUrl,
    trustedOrigins: [baseUrl, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    database: drizzleAdapter(db, { provider: "pg", schema }),
    // Operators are created by the first-run setup or by an admin, never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    user: {
      additionalFields: {
        role: { type: "string", defaultValue: "viewer", input: false },
        disabled: { type: "boolean", defaultValue: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const [owner] = await db
              .select({ disabled: schema.user.disabled })
              .from(schema.user)
              .where(eq(schema.user.id, session.userId));
            return owner?.disabled ? false : undefined;
          },
        },
      },
    },
    // The library's own limiter stays on for its endpoints, keyed by the same address as ours (client-address.ts).
    rateLimit: { enabled: true, storage: "memory" },
    // A session is read with its operator in one query: every action and page starts with that read.
    advanced: { ipAddress: { ipAddressHeaders: [clientAddressHeader()] }, database: { joins: true } },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const GLOBAL_KEY = Symbol.for("zim-friend-console.auth");
type WithAuth = typeof globalThis & { [GLOBAL_KEY]?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  const holder = globalThis as WithAuth;
  holder[GLOBAL_KEY] ??= createAuth();
  return holder[GLOBAL_KEY];
}
