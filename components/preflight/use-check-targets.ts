"use client";

import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";

import { isWellFormedUserId, type SendFormValues } from "@/lib/zim/send-schema";

/** What a preflight checks: a well-formed FromUserId and its distinct well-formed targets, in order. */
export type CheckTargets = { fromUserId: string; userIds: string[]; key: string };

function targetsOf(values: Partial<SendFormValues>): CheckTargets | null {
  const fromUserId = values.fromUserId ?? "";
  if (!isWellFormedUserId(fromUserId)) return null;
  const ids = (values.friendInfos ?? []).map((info) => info?.userId ?? "");
  const userIds = [...new Set(ids.filter((userId) => userId !== fromUserId && isWellFormedUserId(userId)))];
  if (userIds.length === 0) return null;
  return { fromUserId, userIds, key: [fromUserId, ...userIds].join("\n") };
}

/**
 * The form's checkable targets, updated only when an ID changes: typing a wording or an attribute
 * does not re-render the preflight.
 */
export function useCheckTargets(): CheckTargets | null {
  const { watch, getValues } = useFormContext<SendFormValues>();
  const [targets, setTargets] = useState(() => targetsOf(getValues()));
  useEffect(() => {
    const subscription = watch((values) => {
      const next = targetsOf(values as Partial<SendFormValues>);
      setTargets((current) => (current?.key === next?.key ? current : next));
    });
    return () => subscription.unsubscribe();
  }, [watch]);
  return targets;
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
