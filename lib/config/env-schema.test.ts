import { describe, expect, it } from "vitest";
import { EnvError, parseServerConfig } from "./env-schema";

describe("server configuration from env", () => {
  it("defaults to the built-in simulator on port 3000 with a batch limit of 20", () => {
    expect(parseServerConfig({})).toEqual({
      backend: { mode: "simulator", appId: 1234567890, serverSecret: "0123456789abcdef0123456789abcdef", baseUrl: "http://127.0.0.1:3000/sim" },
      batchLimit: 20,
      timeoutMs: 10_000,
      simulator: { appId: 1234567890, serverSecret: "0123456789abcdef0123456789abcdef" },
    });
  });

  it("switches to ZEGO when both credentials are set, with the unified host by default", () => {
    const config = parseServerConfig({ ZEGO_APP_ID: "12345", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" });
    expect(config.backend).toEqual({ mode: "zego", appId: 12345, serverSecret: "9193cc662a4c0ec135ec71fb57194b38", baseUrl: "https://zim-api.zego.im" });
    const regional = parseServerConfig({ ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: "secretsecret", ZIM_API_BASE: "https://zim-api-fra.zego.im/" });
    expect(regional.backend.baseUrl).toBe("https://zim-api-fra.zego.im");
  });

  it.each([
    [{ ZIM_BATCH_LIMIT: "51" }, "ZIM_BATCH_LIMIT"],
    [{ ZIM_BATCH_LIMIT: "ten" }, "ZIM_BATCH_LIMIT"],
    [{ ZEGO_APP_ID: "12345" }, "ZEGO_SERVER_SECRET"],
    [{ ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" }, "ZEGO_APP_ID"],
    [{ ZEGO_APP_ID: "abc", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" }, "ZEGO_APP_ID"],
    [{ ZIM_API_BASE: "zim-api.zego.im", ZEGO_APP_ID: "1", ZEGO_SERVER_SECRET: "secretsecret" }, "ZIM_API_BASE"],
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
