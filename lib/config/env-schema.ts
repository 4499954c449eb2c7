import { z } from "zod";
import { DEFAULT_BATCH_LIMIT, MAX_BATCH_LIMIT } from "@/lib/zim/limits";

const UINT32_MAX = 4_294_967_295;

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

const envSchema = z
  .object({
    ZEGO_APP_ID: optionalText.pipe(appIdSchema.optional()),
    ZEGO_SERVER_SECRET: optionalText.pipe(z.string().min(8, "must be the ServerSecret from the ZEGO console").optional()),
    ZIM_API_BASE: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://zim-api.zego.im" }).optional(),
    ),
    ZIM_BATCH_LIMIT: intInRange(1, MAX_BATCH_LIMIT, DEFAULT_BATCH_LIMIT),
    ZIM_TIMEOUT_MS: intInRange(100, 120_000, 10_000),
    ZIM_SIM_APP_ID: optionalText.transform((value) => value ?? "1234567890").pipe(appIdSchema),
    ZIM_SIM_SERVER_SECRET: optionalText.transform((value) => value ?? "0123456789abcdef0123456789abcdef"),
    PORT: intInRange(1, 65_535, 3000),
  })
  .superRefine((env, ctx) => {
    if ((env.ZEGO_APP_ID === undefined) !== (env.ZEGO_SERVER_SECRET === undefined)) {
      const missing = env.ZEGO_APP_ID === undefined ? "ZEGO_APP_ID" : "ZEGO_SERVER_SECRET";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set together with the other ZEGO_ credential" });
    }
  });

export type Backend = {
  mode: "simulator" | "zego";
  appId: number;
  serverSecret: string;
  /** Base URL the `?Action=` query is appended to, without a trailing slash. */
  baseUrl: string;
};

export type ServerConfig = {
  backend: Backend;
  batchLimit: number;
  timeoutMs: number;
  simulator: { appId: number; serverSecret: string };
};

export class EnvError extends Error {
  override name = "EnvError";
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
}

export function parseServerConfig(source: Record<string, string | undefined>): ServerConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(`Invalid environment: ${describeIssues(parsed.error)}`);
  const env = parsed.data;
  const simulator = { appId: env.ZIM_SIM_APP_ID, serverSecret: env.ZIM_SIM_SERVER_SECRET };
  const backend: Backend =
    env.ZEGO_APP_ID !== undefined && env.ZEGO_SERVER_SECRET !== undefined
      ? {
          mode: "zego",
          appId: env.ZEGO_APP_ID,
          serverSecret: env.ZEGO_SERVER_SECRET,
          baseUrl: (env.ZIM_API_BASE ?? "https://zim-api.zego.im").replace(/\/+$/, ""),
        }
      : { mode: "simulator", ...simulator, baseUrl: `http://127.0.0.1:${env.PORT}/sim` };
  return { backend, batchLimit: env.ZIM_BATCH_LIMIT, timeoutMs: env.ZIM_TIMEOUT_MS, simulator };
}
