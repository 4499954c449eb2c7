import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";

import { buildCurlCommand } from "./curl";

const URL_WITH_SIGNATURE =
  "https://zim-api.zego.im/?Action=SendFriendApplication&AppId=12345&SignatureNonce=4fd24687296dd9f3&Timestamp=1615186943&Signature=43e5cfcca828314675f91b001390566a&SignatureVersion=2.0";

describe("buildCurlCommand", () => {
  const command = buildCurlCommand({ method: "POST", url: URL_WITH_SIGNATURE, body: '{"FromUserId":"it\'s $me"}' });

  it("never carries the secret, the live Signature, nonce or timestamp", () => {
    expect(command).not.toContain("43e5cfcca828314675f91b001390566a");
    expect(command).not.toContain("4fd24687296dd9f3");
    expect(command).not.toContain("1615186943");
    expect(command).toContain("${ZEGO_SERVER_SECRET}");
    expect(command).toContain("Action=SendFriendApplication");
  });

  it("is valid shell that signs as ZEGO's algorithm does", () => {
    const script = `${command.replace(/curl -sS[\s\S]*$/, "")}echo "$NONCE $TS $SIG"`;
    const output = execFileSync("bash", ["-c", script], {
      env: { ...process.env, ZEGO_APP_ID: "12345", ZEGO_SERVER_SECRET: "9193cc662a4c0ec135ec71fb57194b38" },
    }).toString();
    const [nonce, timestamp, signature] = output.trim().split(" ");
    expect(nonce).toMatch(/^[0-9a-f]{16}$/);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(signature).toBe(createHash("md5").update(`12345${nonce}9193cc662a4c0ec135ec71fb57194b38${timestamp}`).digest("hex"));
  });

  it("sends the body byte for byte through a quoted heredoc, and GET parameters in the query", () => {
    expect(command).toContain(`<<'ZIM_BODY'\n{"FromUserId":"it's $me"}\nZIM_BODY`);
    const get = buildCurlCommand({
      method: "GET",
      url: "http://127.0.0.1:3000/sim/?Action=QueryFriendList&FromUserId=a%20b&Signature=x",
      body: null,
    });
    expect(get).toContain("?Action=QueryFriendList&FromUserId=a%20b&AppId=${ZEGO_APP_ID}");
    expect(get).not.toContain("--data-binary");
  });
});
