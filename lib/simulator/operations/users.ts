import { describeCode } from "@/lib/zim/code-catalog";
import { combineBatchCode } from "@/lib/zim/combine-batch-code";
import { utf8Bytes } from "@/lib/zim/text-length";

import { checkUserId, isRecord, repeatedIndexes } from "../checks";
import { registerUser, type SimState } from "../state";
import type { ErrorItem } from "./friend-batch";
import type { Operation } from "./types";

const MAX_USERS_PER_CALL = 100;

function checkNewUser(state: SimState, item: unknown, repeated: boolean): number | undefined {
  if (!isRecord(item)) return 660000002;
  const code = checkUserId(item.UserId);
  if (code !== undefined) return code;
  if (item.UserName !== undefined && (typeof item.UserName !== "string" || utf8Bytes(item.UserName) > 256)) return 660700006;
  if (item.UserAvatar !== undefined && (typeof item.UserAvatar !== "string" || utf8Bytes(item.UserAvatar) > 500))
    return 660700007;
  if (repeated || state.users.has(item.UserId as string)) return 660700002;
  return undefined;
}

export const userRegister: Operation = {
  method: "POST",
  rateLimitCode: 660700001,
  emptyLists: { ErrorList: [] },
  run: ({ state, body }) => {
    if (!isRecord(body) || !Array.isArray(body.UserInfo)) return { Code: 660000002, ErrorList: [] };
    const items = body.UserInfo;
    if (items.length === 0 || items.length > MAX_USERS_PER_CALL) return { Code: 660000002, ErrorList: [] };
    const repeated = repeatedIndexes(items.map((item) => (isRecord(item) ? item.UserId : undefined)));
    const errorList: (ErrorItem & { SubMessage: string })[] = [];
    items.forEach((item, index) => {
      const subCode = checkNewUser(state, item, repeated.has(index));
      const userId = isRecord(item) && typeof item.UserId === "string" ? item.UserId : "";
      if (subCode !== undefined) {
        errorList.push({ UserId: userId, SubCode: subCode, SubMessage: describeCode(subCode).meaning });
        return;
      }
      registerUser(state, userId, typeof item.UserName === "string" && item.UserName !== "" ? item.UserName : userId);
      const user = state.users.get(userId);
      if (user && typeof item.UserAvatar === "string") user.avatar = item.UserAvatar;
    });
    const succeeded = items.length - errorList.length;
    return { Code: combineBatchCode({ succeeded, subCodes: errorList.map((item) => item.SubCode) }), ErrorList: errorList };
  },
};

export const queryUserInfos: Operation = {
  method: "POST",
  emptyLists: { Result: [], ErrorList: [] },
  run: ({ state, body }) => {
    if (!isRecord(body) || !Array.isArray(body.UserIds)) return { Code: 660000002, Result: [], ErrorList: [] };
    if (body.UserIds.length === 0 || body.UserIds.length > MAX_USERS_PER_CALL)
      return { Code: 660000002, Result: [], ErrorList: [] };
    const result: Record<string, string>[] = [];
    const errorList: ErrorItem[] = [];
    for (const userId of body.UserIds) {
      const code = checkUserId(userId);
      const user = code === undefined ? state.users.get(userId as string) : undefined;
      if (user) result.push({ UserId: user.userId, UserName: user.userName, UserAvatar: user.avatar, Extra: user.extra });
      else errorList.push({ UserId: typeof userId === "string" ? userId : "", SubCode: code ?? 660700015 });
    }
    return { Code: result.length > 0 ? 0 : 660700015, Result: result, ErrorList: errorList };
  },
};
