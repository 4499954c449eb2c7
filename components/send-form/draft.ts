import { z } from "zod/mini";

import type { SendFormValues } from "@/lib/zim/send-schema";

export const DRAFT_STORAGE_KEY = "zim-friend-console:send-draft:v1";

/** The shape of a draft only, not its rules: an invalid draft is restored as typed, errors and all. */
const draftSchema = z.object({
  fromUserId: z.string(),
  reason: z.catch(z.string(), ""),
  friendInfos: z.array(
    z.object({
      userId: z.string(),
      wording: z.string(),
      friendAlias: z.string(),
      createTime: z.string(),
      updateTime: z.string(),
      attributes: z.array(z.object({ key: z.string(), value: z.string() })),
    }),
  ),
});

export function readDraft(storage: Pick<Storage, "getItem">): SendFormValues | undefined {
  try {
    const parsed = draftSchema.safeParse(JSON.parse(storage.getItem(DRAFT_STORAGE_KEY) ?? "null"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(storage: Pick<Storage, "setItem">, values: SendFormValues): void {
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, only the draft is not kept.
  }
}
