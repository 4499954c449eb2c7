import "server-only";
import { parseServerConfig, type ServerConfig } from "./env-schema";

export type { Backend, ServerConfig } from "./env-schema";

let cached: ServerConfig | undefined;

export function getServerConfig(): ServerConfig {
  cached ??= parseServerConfig(process.env);
  return cached;
}
