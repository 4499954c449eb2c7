import { describe, expect, it } from "vitest";

import { diagnoseGatewayFailure } from "./signature-doctor";

const url = (timestamp: number) =>
  `https://zim-api.zego.im/?Action=X&AppId=12345&SignatureNonce=4fd24687296dd9f3&Timestamp=${timestamp}&Signature=%5Bredacted%5D&SignatureVersion=2.0`;

describe("diagnoseGatewayFailure", () => {
  const now = 1_700_000_000_000;

  it("blames a stale timestamp when the clocks agree", () => {
    const diagnosis = diagnoseGatewayFailure({
      code: 100000004,
      url: url(now / 1000 - 900),
      responseDate: new Date(now).toUTCString(),
      receivedAt: now,
    });
    expect(diagnosis).toMatchObject({ check: "Timestamp within ±10 minutes", clockOffsetSeconds: 0, timestampAgeSeconds: 900 });
    expect(diagnosis?.likelyCause).toContain("900 s old");
    expect(diagnosis?.likelyCause).toContain("clock agrees");
  });

  it("blames this server's clock when ZIM's Date header disagrees", () => {
    const diagnosis = diagnoseGatewayFailure({
      code: 100000004,
      url: url(now / 1000),
      responseDate: new Date(now + 700_000).toUTCString(),
      receivedAt: now,
    });
    expect(diagnosis?.clockOffsetSeconds).toBe(700);
    expect(diagnosis?.likelyCause).toContain("700 s behind ZIM's");
  });

  it("shows the string to sign with the secret masked, and names the failed check", () => {
    const diagnosis = diagnoseGatewayFailure({ code: 100000005, url: url(1615186943), receivedAt: now });
    expect(diagnosis?.stringToSign).toBe("123454fd24687296dd9f3••••••••1615186943");
    expect(diagnosis?.check).toBe("MD5 signature");
  });

  it("says nothing about codes that are not gateway codes", () => {
    expect(diagnoseGatewayFailure({ code: 660300005, url: url(1), receivedAt: now })).toBeUndefined();
  });
});
