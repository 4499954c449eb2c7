const USER_ID_KEYS = new Set(["UserId", "UserIds", "ToUserId", "ToUserIds", "FriendUserId", "FriendUserIds"]);

function collect(node: unknown, into: Set<string>, key = ""): void {
  if (typeof node === "string" && USER_ID_KEYS.has(key)) into.add(node);
  else if (Array.isArray(node)) for (const item of node) collect(item, into, key);
  else if (node !== null && typeof node === "object") {
    for (const [childKey, child] of Object.entries(node)) collect(child, into, childKey);
  }
}

/**
 * The users a QA call names: FromUserId, and every UserId-like field in its body (FriendInfos[].UserId,
 * UserIds…), at most 100. A body that is not JSON (send-as-is sends anything) names nobody.
 */
export function usersInRequest({ url, body }: { url: string; body: string | null }): { fromUserId: string; userIds: string[] } {
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const fromBody = parsed !== null && typeof parsed === "object" ? (parsed as Record<string, unknown>).FromUserId : undefined;
  const fromUserId = typeof fromBody === "string" ? fromBody : (new URL(url).searchParams.get("FromUserId") ?? "");
  const userIds = new Set<string>();
  collect(parsed, userIds);
  return { fromUserId: fromUserId.slice(0, 200), userIds: [...userIds].slice(0, 100).map((id) => id.slice(0, 200)) };
}
