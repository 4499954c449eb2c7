import "server-only";

import { parseServerConfig, type Environment, type ServerConfig } from "./env-schema";

export type { Environment, ServerConfig } from "./env-schema";

let cached: ServerConfig | undefined;

export function getServerConfig(): ServerConfig {
  cached ??= parseServerConfig(process.env);
  return cached;
}

export function findEnvironment(id: string): Environment | undefined {
  return getServerConfig().environments.find((environment) => environment.id === id);
}
