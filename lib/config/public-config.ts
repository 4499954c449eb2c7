import "server-only";
import { getServerConfig } from "./env";

/** The part of the configuration the browser may see: never a secret. */
export type PublicConfig = {
  mode: "simulator" | "zego";
  appId: number;
  baseUrl: string;
  batchLimit: number;
};

export function getPublicConfig(): PublicConfig {
  const { backend, batchLimit } = getServerConfig();
  return { mode: backend.mode, appId: backend.appId, baseUrl: backend.baseUrl, batchLimit };
}
