import { ATTRIBUTES_MAX_BYTES, isAttributeKey, MAX_ATTRIBUTES, TEXT_MAX_CHARS, USER_ID_MAX_BYTES } from "@/lib/zim/limits";
import { codePoints, utf8Bytes } from "@/lib/zim/text-length";
import { isUserIdCharsetValid } from "@/lib/zim/user-id";

import type { Attribute, SimState } from "./state";

// The checks several operations share, each answering the code of lib/zim/README.md, decisions 6-9.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function checkUserId(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "" || !isUserIdCharsetValid(value)) return 660000002;
  if (utf8Bytes(value) > USER_ID_MAX_BYTES) return 660000012;
  return undefined;
}

export function checkFromUserId(state: SimState, value: unknown): number | undefined {
  return checkUserId(value) ?? (state.users.has(value as string) ? undefined : 660500002);
}

export function checkTexts(target: Record<string, unknown>, fields: readonly string[]): number | undefined {
  for (const field of fields) {
    const value = target[field];
    if (value === undefined) continue;
    if (typeof value !== "string") return 660000002;
    if (codePoints(value) > TEXT_MAX_CHARS) return 660800021;
  }
  return undefined;
}

export function checkAttributes(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_ATTRIBUTES) return 660800026;
  const wellFormed = value.every((item) => isRecord(item) && typeof item.Key === "string" && typeof item.Value === "string");
  if (!wellFormed) return 660800026;
  const attributes = value as Attribute[];
  if (!attributes.every(({ Key }) => isAttributeKey(Key))) return 660800023;
  if (new Set(attributes.map(({ Key }) => Key)).size !== attributes.length) return 660800032;
  const bytes = attributes.reduce((sum, { Key, Value }) => sum + utf8Bytes(Key) + utf8Bytes(Value), 0);
  if (bytes > ATTRIBUTES_MAX_BYTES) return 660800024;
  return undefined;
}

export function checkTimes(target: Record<string, unknown>, fields: readonly string[], now: number): number | undefined {
  for (const field of fields) {
    const value = target[field];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) return 660000002;
  }
  for (const field of fields) {
    if (((target[field] as number | undefined) ?? 0) > now) return 660800046;
  }
  return undefined;
}

/** A time field of 0 or absent means "now". */
export function timeOrNow(value: unknown, now: number): number {
  return typeof value === "number" && value > 0 ? value : now;
}

export function attributesOf(value: unknown): Attribute[] {
  return Array.isArray(value) ? (value as Attribute[]).map(({ Key, Value }) => ({ Key, Value })) : [];
}

export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Marks each repeated value after its first occurrence. */
export function repeatedIndexes(values: readonly unknown[]): Set<number> {
  const seen = new Set<unknown>();
  const repeated = new Set<number>();
  values.forEach((value, index) => {
    if (seen.has(value)) repeated.add(index);
    seen.add(value);
  });
  return repeated;
}
