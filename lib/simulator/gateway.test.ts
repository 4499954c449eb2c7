import { describe, expect, it } from "vitest";

import { createHarness, TEST_APP_ID, TEST_SECRET } from "@/lib/testing/simulator-harness";
import { computeSignature } from "@/lib/zim/signature";

import { handleZimRequest } from "./handle-request";

const NOW = 1_700_000_000_000;
const SECONDS = NOW / 1000;

function validQuery(overrides: Record<string, string | null> = {}) {
  const nonce = "4fd24687296dd9f3";
  const base: Record<string, string | null> = {
    Action: "QueryFriendList",
    AppId: String(TEST_APP_ID),
    SignatureNonce: nonce,
    Timestamp: String(SECONDS),
    SignatureVersion: "2.0",
    Signature: computeSignature({ appId: TEST_APP_ID, nonce, serverSecret: TEST_SECRET, timestamp: SECONDS }),
    FromUserId: "agent_amy",
    ...overrides,
  };
  const url = new URL("http://sim.test/");
  for (const [name, value] of Object.entries(base)) if (value !== null) url.searchParams.set(name, value);
  return url;
}

function codeFor(overrides: Record<string, string | null>) {
  const { state } = createHarness({ now: NOW });
  return handleZimRequest({ state, method: "GET", url: validQuery(overrides), bodyText: "", now: NOW }).Code;
}

describe("simulator gateway, in the order of lib/zim/README.md, decision 2", () => {
  it.each<[string, Record<string, string | null>, number]>([
    ["a valid call", {}, 0],
    ["Action missing", { Action: null }, 100000006],
    ["Action unknown", { Action: "SendFriendApplications" }, 100000007],
    ["AppId not decimal", { AppId: "12ab" }, 100000001],
    ["AppId over uint32", { AppId: "4294967296" }, 100000001],
    ["Timestamp missing", { Timestamp: null }, 100000002],
    ["Timestamp not an integer", { Timestamp: "1.5" }, 100000003],
    ["SignatureNonce missing", { SignatureNonce: null }, 100000008],
    ["Signature missing", { Signature: null }, 100000009],
    ["SignatureVersion missing", { SignatureVersion: null }, 100000013],
    ["SignatureVersion 1.0", { SignatureVersion: "1.0" }, 100000014],
    ["AppId unknown to the server", { AppId: "42" }, 100000010],
    ["Timestamp 601 s old", { Timestamp: String(SECONDS - 601) }, 100000004],
    ["Timestamp 601 s ahead", { Timestamp: String(SECONDS + 601) }, 100000004],
    ["Signature wrong", { Signature: "0".repeat(32) }, 100000005],
    [
      "Signature in upper case",
      {
        Signature: computeSignature({
          appId: TEST_APP_ID,
          nonce: "4fd24687296dd9f3",
          serverSecret: TEST_SECRET,
          timestamp: SECONDS,
        }).toUpperCase(),
      },
      100000005,
    ],
  ])("%s answers %i", (_label, overrides, code) => {
    expect(codeFor(overrides)).toBe(code);
  });

  it("accepts a Timestamp exactly 600 s away", () => {
    expect(codeFor({ Timestamp: String(SECONDS - 600) })).toBe(100000005);
  });

  it("refuses a nonce used again within 10 minutes, and accepts it after", () => {
    const { state } = createHarness({ now: NOW });
    const call = (now: number) =>
      handleZimRequest({
        state,
        method: "GET",
        url: validQuery({
          Timestamp: String(now / 1000),
          Signature: computeSignature({
            appId: TEST_APP_ID,
            nonce: "4fd24687296dd9f3",
            serverSecret: TEST_SECRET,
            timestamp: now / 1000,
          }),
        }),
        bodyText: "",
        now,
      }).Code;
    expect(call(NOW)).toBe(0);
    expect(call(NOW)).toBe(100000005);
    expect(call(NOW + 601_000)).toBe(0);
  });

  it("the first failing check wins: no Action beats a bad AppId", () => {
    expect(codeFor({ Action: null, AppId: "x" })).toBe(100000006);
    expect(codeFor({ AppId: "x", Timestamp: null })).toBe(100000001);
  });

  it("answers an envelope with Message and a unique decimal RequestId", () => {
    const { call } = createHarness();
    const first = call("UserRegister", { UserInfo: [{ UserId: "new_one" }] });
    const second = call("UserRegister", { UserInfo: [{ UserId: "new_two" }] });
    expect(first).toMatchObject({ Code: 0, Message: "success" });
    expect(first.RequestId).toMatch(/^\d+$/);
    expect(first.RequestId).not.toBe(second.RequestId);
  });
});
