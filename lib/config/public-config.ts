import "server-only";

import { getServerConfig } from "./env";

/** What the browser may know of an environment: never its secret. */
export type PublicEnvironment = {
  id: string;
  name: string;
  kind: "simulator" | "zego";
  appId: number;
  baseUrl: string;
  production: boolean;
};

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
