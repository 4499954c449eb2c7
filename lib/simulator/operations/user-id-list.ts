import { fail, ok, type Result } from "@/lib/result/result";

import { checkFromUserId, checkUserId, isRecord, repeatedIndexes } from "../checks";
import type { SimState } from "../state";

/** Request checks for the operations that take FromUserId and a plain `UserIds` array; a failure is the call's Code. */
export function checkUserIdList(
  state: SimState,
  body: unknown,
  { typeField }: { typeField: string },
): Result<{ fromUserId: string; userIds: unknown[]; type: 0 | 1 }, number> {
  if (!isRecord(body) || !Array.isArray(body.UserIds)) return fail(660000002);
  const fromCode = checkFromUserId(state, body.FromUserId);
  if (fromCode !== undefined) return fail(fromCode);
  const type = body[typeField] ?? 0;
  if (type !== 0 && type !== 1) return fail(660000002);
  if (body.UserIds.length === 0) return fail(660000002);
  if (body.UserIds.length > state.config.batchLimit) return fail(660800019);
  return ok({ fromUserId: body.FromUserId as string, userIds: body.UserIds, type });
}

/** Invalid IDs answer 660000002, repeats after the first 660800022, FromUserId itself `selfCode`. */
export function userIdListChecks(fromUserId: string, userIds: readonly unknown[], selfCode: number) {
  const repeated = repeatedIndexes(userIds);
  return userIds.map((userId, index) => {
    const code = checkUserId(userId);
    const id = typeof userId === "string" ? userId : "";
    if (code !== undefined) return { userId: id, code };
    if (userId === fromUserId) return { userId: id, code: selfCode };
    if (repeated.has(index)) return { userId: id, code: 660800022 };
    return { userId: id, code: undefined };
  });
}
