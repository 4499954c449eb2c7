import { z } from "zod";

import { DEFAULT_BATCH_LIMIT, MAX_BATCH_LIMIT } from "@/lib/zim/limits";

const UINT32_MAX = 4_294_967_295;

const appIdNumber = z.number().int().min(1).max(UINT32_MAX);

const appIdSchema = z
  .string()
  .regex(/^\d+$/, "must be a decimal App ID")
  .transform(Number)
  .refine((value) => value > 0 && value <= UINT32_MAX, "must be an App ID from 1 to 4294967295");

const intInRange = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === "" ? String(fallback) : value))
    .pipe(z.string().regex(/^\d+$/, `must be a whole number from ${min} to ${max}`))
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number from ${min} to ${max}`);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://zim-api.zego.im" });

/** One ZEGO app in ZIM_ENVIRONMENTS (README, "Environments"). */
const environmentEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "id must be 1-40 lowercase letters, digits or dashes"),
  name: z.string().min(1).max(80),
  appId: appIdNumber,
  serverSecret: z.string().min(8, "serverSecret must be the ServerSecret from the ZEGO console"),
  baseUrl: httpUrl.default("https://zim-api.zego.im"),
  production: z.boolean().default(true),
});

const environmentsJson = optionalText.transform((value, ctx) => {
  if (value === undefined) return [];
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "must be a JSON array of environments" });
    return z.NEVER;
  }
});

const envSchema = z
  .object({
    ZEGO_APP_ID: optionalText.pipe(appIdSchema.optional()),
    ZEGO_SERVER_SECRET: optionalText.pipe(z.string().min(8, "must be the ServerSecret from the ZEGO console").optional()),
    ZIM_API_BASE: optionalText.pipe(httpUrl.optional()),
    ZEGO_PRODUCTION: optionalText.pipe(z.enum(["true", "false"], "must be true or false").optional()),
    ZIM_ENVIRONMENTS: environmentsJson.pipe(z.array(environmentEntrySchema).max(20)),
    ZIM_BATCH_LIMIT: intInRange(1, MAX_BATCH_LIMIT, DEFAULT_BATCH_LIMIT),
    ZIM_TIMEOUT_MS: intInRange(100, 120_000, 10_000),
    ZIM_RATE_LIMIT: intInRange(1, 1_000, 20),
    ZIM_BULK_APPROVAL_THRESHOLD: intInRange(1, 10_000_000, 1000),
    /** "1" logs each action's server steps with their times (lib/timing), to explain a slow send. */
    ZIM_LOG_TIMING: optionalText.pipe(z.enum(["0", "1"], "must be 1 (log) or 0").optional()),
    /** Days of History to keep; unset = keep everything. */
    ZIM_HISTORY_RETENTION_DAYS: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, "must be a whole number of days from 1 to 36500, or unset to keep everything")
        .transform(Number)
        .pipe(z.number().min(1, "must be at least 1 day").max(36_500, "must be at most 36500 days"))
        .optional(),
    ),
    ZIM_SIM_APP_ID: optionalText.transform((value) => value ?? "1234567890").pipe(appIdSchema),
    ZIM_SIM_SERVER_SECRET: optionalText.transform((value) => value ?? "0123456789abcdef0123456789abcdef"),
    PORT: intInRange(1, 65_535, 3000),
    /** A standalone simulator (`npm run sim`) that several app processes share; unset = this process's own /sim. */
    ZIM_SIM_URL: optionalText.pipe(httpUrl.optional()),
    DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional()),
    ZIM_DATA_DIR: optionalText.transform((value) => value ?? "./data"),
    BETTER_AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    BETTER_AUTH_URL: optionalText.pipe(httpUrl.optional()),
    TRUSTED_PROXY_HEADER: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9-]{1,64}$/, "must be one HTTP header name, such as x-real-ip")
        .transform((name) => name.toLowerCase())
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if ((env.ZEGO_APP_ID === undefined) !== (env.ZEGO_SERVER_SECRET === undefined)) {
      const missing = env.ZEGO_APP_ID === undefined ? "ZEGO_APP_ID" : "ZEGO_SERVER_SECRET";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other ZEGO_ credential" });
    }
    const ids = env.ZIM_ENVIRONMENTS.map((entry) => entry.id);
    if (new Set([...ids, "simulator", "zego"]).size !== ids.length + 2) {
      ctx.addIssue({ code: "custom", path: ["ZIM_ENVIRONMENTS"], message: "ids must be unique and not 'simulator' or 'zego'" });
    }
  });

export type Environment = {
  id: string;
  name: string;
  kind: "simulator" | "zego";
  appId: number;
  serverSecret: string;
  /** Base URL the `?Action=` query is appended to, without a trailing slash. */
  baseUrl: string;
  production: boolean;
};

export type ServerConfig = {
  /** Where a send can go; the first is the default. */
  environments: Environment[];
  batchLimit: number;
  timeoutMs: number;
  /** Calls per second per AppId that everything the app sends stays under, ZIM's limit by default. */
  rateLimit: number;
  /** Targets above which a production job waits for a second admin. */
  bulkApprovalThreshold: number;
  /** Log each action's server steps and their times. */
  logTiming: boolean;
  /** Days of History kept; undefined keeps everything. */
  historyRetentionDays: number | undefined;
  simulator: { appId: number; serverSecret: string };
  database: { url: string | undefined; dataDir: string };
  auth: { secret: string | undefined; baseUrl: string };
  /** The one header a trusted proxy in front of the app sets to the client's address; unset = the socket's. */
  trustedProxyHeader: string | undefined;
};

export class EnvError extends Error {
  override name = "EnvError";
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
}

const trimSlashes = (url: string) => url.replace(/\/+$/, "");

export function parseServerConfig(source: Record<string, string | undefined>): ServerConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(`Invalid environment: ${describeIssues(parsed.error)}`);
  const env = parsed.data;
  const simulator = { appId: env.ZIM_SIM_APP_ID, serverSecret: env.ZIM_SIM_SERVER_SECRET };
  const zego: Environment[] =
    env.ZEGO_APP_ID !== undefined && env.ZEGO_SERVER_SECRET !== undefined
      ? [
          {
            id: "zego",
            name: "ZEGO",
            kind: "zego",
            appId: env.ZEGO_APP_ID,
            serverSecret: env.ZEGO_SERVER_SECRET,
            baseUrl: trimSlashes(env.ZIM_API_BASE ?? "https://zim-api.zego.im"),
            production: env.ZEGO_PRODUCTION !== "false",
          },
        ]
      : [];
  const configured: Environment[] = env.ZIM_ENVIRONMENTS.map((entry) => ({
    ...entry,
    kind: "zego",
    baseUrl: trimSlashes(entry.baseUrl),
  }));
  const builtIn: Environment = {
    id: "simulator",
    name: "Built-in simulator",
    kind: "simulator",
    ...simulator,
    baseUrl: trimSlashes(env.ZIM_SIM_URL ?? `http://127.0.0.1:${env.PORT}/sim`),
    production: false,
  };
  return {
    environments: [...zego, ...configured, builtIn],
    batchLimit: env.ZIM_BATCH_LIMIT,
    timeoutMs: env.ZIM_TIMEOUT_MS,
    rateLimit: env.ZIM_RATE_LIMIT,
    bulkApprovalThreshold: env.ZIM_BULK_APPROVAL_THRESHOLD,
    historyRetentionDays: env.ZIM_HISTORY_RETENTION_DAYS,
    logTiming: env.ZIM_LOG_TIMING === "1",
    simulator,
    database: { url: env.DATABASE_URL, dataDir: env.ZIM_DATA_DIR },
    auth: { secret: env.BETTER_AUTH_SECRET, baseUrl: trimSlashes(env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`) },
    trustedProxyHeader: env.TRUSTED_PROXY_HEADER,
  };
}
