"use client";

import { useEffect, useMemo, useState } from "react";
import { useWatch, type FieldPath } from "react-hook-form";

import { isWellFormedUserId, type SendFormValues } from "@/lib/zim/send-schema";

/** What a preflight checks: a well-formed FromUserId and its distinct well-formed targets, in order. */
export type CheckTargets = { fromUserId: string; userIds: string[]; key: string };

function targetsOf(fromUserId: string, ids: readonly string[]): CheckTargets | null {
  if (!isWellFormedUserId(fromUserId)) return null;
  const userIds = [...new Set(ids.filter((userId) => userId !== fromUserId && isWellFormedUserId(userId)))];
  if (userIds.length === 0) return null;
  return { fromUserId, userIds, key: [fromUserId, ...userIds].join("\n") };
}

/**
 * The form's checkable targets. It watches FromUserId and the rows' UserIds by name only: typing a
 * wording or an attribute neither re-renders the preflight nor makes the form broadcast its values.
 */
export function useCheckTargets(rowCount: number): CheckTargets | null {
  const names = useMemo(
    () =>
      ["fromUserId", ...Array.from({ length: rowCount }, (_, row) => `friendInfos.${row}.userId`)] as FieldPath<SendFormValues>[],
    [rowCount],
  );
  const [fromUserId = "", ...ids] = useWatch<SendFormValues>({ name: names }) as string[];
  const targets = targetsOf(
    fromUserId,
    ids.map((id) => id ?? ""),
  );
  const key = targets?.key ?? "";
  // One object per distinct set of targets, so a settled value changes only when the targets do.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => targets, [key]);
}

/** The value once it has stayed the same for `delayMs`. */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
