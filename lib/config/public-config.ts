import "server-only";

import { getServerConfig, type Environment } from "./env";

/** What the browser may know of an environment: never its secret. */
export type PublicEnvironment = Omit<Environment, "serverSecret">;

export type PublicConfig = { environments: PublicEnvironment[]; batchLimit: number };

export function getPublicConfig(): PublicConfig {
  const { environments, batchLimit } = getServerConfig();
  return {
    environments: environments.map(({ id, name, kind, appId, baseUrl, production }) => ({
      id,
      name,
      kind,
      appId,
      baseUrl,
      production,
    })),
    batchLimit,
  };
}
