import { describe, expect, it } from "vitest";

import { EnvError, parseServerConfig } from "./env-schema";

const SIMULATOR = {
  id: "simulator",
  name: "Built-in simulator",
  kind: "simulator",
  appId: 1234567890,
  serverSecret: "0123456789abcdef0123456789abcdef",
  baseUrl: "http://127.0.0.1:3000/sim",
  production: false,
};

describe("server configuration from env", () => {
  it("defaults to the built-in simulator on port 3000, embedded storage in ./data, batch limit 20", () => {
    expect(parseServerConfig({})).toMatchObject({
      environments: [SIMULATOR],
      batchLimit: 20,
      timeoutMs: 10_000,
      database: { url: undefined, dataDir: "./data" },
      auth: { secret: undefined, baseUrl: "http://localhost:3000" },
      historyRetentionDays: undefined,
    });
  });

  it("keeps History for ZIM_HISTORY_RETENTION_DAYS days when set", () => {
    expect(parseServerConfig({ ZIM_HISTORY_RETENTION_DAYS: "90" }).historyRetentionDays).toBe(90);
  });

  it("puts ZEGO first, as production unless told otherwise, with the unified host by default", () => {
    const config = parseServerConfig({ ZEGO_APP_ID: "12345", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" });
    expect(config.environments[0]).toEqual({
      id: "zego",
      name: "ZEGO",
      kind: "zego",
      appId: 12345,
      serverSecret: "9193cc662a4c0ec135ec71fb57194b38",
      baseUrl: "https://zim-api.zego.im",
      production: true,
    });
    const staging = parseServerConfig({
      ZEGO_APP_ID: "1",
      ZEGO_SERVER_SECRET: "secretsecret",
      ZIM_API_BASE: "https://zim-api-fra.zego.im/",
      ZEGO_PRODUCTION: "false",
    });
    expect(staging.environments[0]).toMatchObject({ baseUrl: "https://zim-api-fra.zego.im", production: false });
  });

  it("reads more ZEGO apps from ZIM_ENVIRONMENTS", () => {
    const environments = JSON.stringify([
      { id: "eu-prod", name: "EU production", appId: 42, serverSecret: "secretsecret", baseUrl: "https://zim-api-fra.zego.im" },
      { id: "qa", name: "QA", appId: 43, serverSecret: "secretsecret", production: false },
    ]);
    const config = parseServerConfig({ ZIM_ENVIRONMENTS: environments });
    expect(config.environments.map(({ id, production, baseUrl }) => [id, production, baseUrl])).toEqual([
      ["eu-prod", true, "https://zim-api-fra.zego.im"],
      ["qa", false, "https://zim-api.zego.im"],
      ["simulator", false, "http://127.0.0.1:3000/sim"],
    ]);
  });

  it.each([
    [{ ZIM_BATCH_LIMIT: "51" }, "ZIM_BATCH_LIMIT"],
    [{ ZIM_BATCH_LIMIT: "ten" }, "ZIM_BATCH_LIMIT"],
    [{ ZEGO_APP_ID: "12345" }, "ZEGO_SERVER_SECRET"],
    [{ ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" }, "ZEGO_APP_ID"],
    [{ ZEGO_APP_ID: "abc", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" }, "ZEGO_APP_ID"],
    [{ ZIM_API_BASE: "zim-api.zego.im", ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: "secretsecret" }, "ZIM_API_BASE"],
    [{ ZIM_ENVIRONMENTS: "[{" }, "ZIM_ENVIRONMENTS"],
    [{ ZIM_ENVIRONMENTS: '[{"id":"simulator","name":"x","appId":1,"serverSecret":"secretsecret"}]' }, "ZIM_ENVIRONMENTS"],
    [{ DATABASE_URL: "mysql://localhost/db" }, "DATABASE_URL"],
    [{ ZIM_HISTORY_RETENTION_DAYS: "0" }, "ZIM_HISTORY_RETENTION_DAYS"],
    [{ ZIM_HISTORY_RETENTION_DAYS: "ninety" }, "ZIM_HISTORY_RETENTION_DAYS"],
    [{ BETTER_AUTH_SECRET: "short" }, "BETTER_AUTH_SECRET"],
  ])("refuses %o, naming %s", (env, name) => {
    expect(() => parseServerConfig(env)).toThrow(EnvError);
    expect(() => parseServerConfig(env)).toThrow(name);
  });

  it("never puts a secret in its error message", () => {
    expect(() => parseServerConfig({ ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" })).not.toThrow(/9193cc/);
  });

  it("accepts a raised batch limit up to 50", () => {
    expect(parseServerConfig({ ZIM_BATCH_LIMIT: "50" }).batchLimit).toBe(50);
  });
});
