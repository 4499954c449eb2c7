import { describe, expect, it } from "vitest";
import { sendFriendApplicationAction } from "./actions";

describe("sendFriendApplicationAction re-validates what the browser sent", () => {
  it("refuses input that is not the form's shape, without calling ZIM", async () => {
    const result = await sendFriendApplicationAction({ fromUserId: 42 });
    expect(result.status).toBe("invalid");
  });

  it("returns each problem keyed by its full nested path", async () => {
    const result = await sendFriendApplicationAction({
      fromUserId: "agent_amy",
      friendInfos: [
        { userId: "agent_amy", wording: "", friendAlias: "", createTime: "", updateTime: "", attributes: [] },
        { userId: "user_bob", wording: "", friendAlias: "", createTime: "", updateTime: "", attributes: [{ key: "k9", value: "" }] },
      ],
    });
    expect(result).toEqual({
      status: "invalid",
      issues: [
        { path: "friendInfos.1.attributes.0.key", message: "Key must be one of k0, k1, k2, k3, k4: ZIM would answer 660800023" },
        { path: "friendInfos.0.userId", message: "Same as FromUserId: ZIM would answer 660800020" },
      ],
    });
  });

  it("applies the server's batch limit, not the browser's", async () => {
    const targets = Array.from({ length: 21 }, (_, index) => ({
      userId: `user_${index}`,
      wording: "",
      friendAlias: "",
      createTime: "",
      updateTime: "",
      attributes: [],
    }));
    const result = await sendFriendApplicationAction({ fromUserId: "agent_amy", friendInfos: targets });
    expect(result).toMatchObject({ status: "invalid", issues: [{ path: "friendInfos", message: expect.stringContaining("660800019") }] });
  });
});
