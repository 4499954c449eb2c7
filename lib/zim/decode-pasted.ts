import { fail, ok, type Result } from "@/lib/result/result";

import { decodeSendResult, type DecodedSendResult } from "./decode-send-result";
import { sendFriendApplicationResponseSchema } from "./wire";

export type PasteError = { field: "response" | "request"; message: string; line?: number; column?: number };

export type PastedDecode = Result<{ result: DecodedSendResult; requestKnown: boolean }, PasteError>;

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** JSON.parse with the fault's line and column, from the engine's "at position N" or the end of input. */
function parseJson(text: string, field: PasteError["field"]): Result<unknown, PasteError> {
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where = lineAndColumn(text, position === undefined ? text.length : Number(position));
    const reason = message.replace(/\s*in JSON at position \d+.*$/, "").replace(/^JSON\.parse: /, "");
    return fail({ field, message: `Not valid JSON at line ${where.line}, column ${where.column}: ${reason}`, ...where });
  }
}

function requestedIds(request: unknown): string[] | undefined {
  if (typeof request !== "object" || request === null || !Array.isArray((request as { FriendInfos?: unknown }).FriendInfos))
    return undefined;
  return (request as { FriendInfos: unknown[] }).FriendInfos.map((target) =>
    typeof target === "object" && target !== null && typeof (target as { UserId?: unknown }).UserId === "string"
      ? (target as { UserId: string }).UserId
      : "",
  );
}

/**
 * Decodes a pasted SendFriendApplication answer, and the request it answered when given. Without
 * the request only the targets in ErrorList are known.
 */
export function decodePasted({ responseText, requestText }: { responseText: string; requestText: string }): PastedDecode {
  if (responseText.trim() === "") return fail({ field: "response", message: "Paste a ZIM response (JSON)." });
  const response = parseJson(responseText, "response");
  if (!response.ok) return response;
  const envelope = sendFriendApplicationResponseSchema.safeParse(response.value);
  if (!envelope.success) {
    return fail({
      field: "response",
      message: "This JSON is not a ZIM result: it needs a numeric Code (and an ErrorList of {UserId, SubCode} if any).",
    });
  }
  let requested: string[] | undefined;
  if (requestText.trim() !== "") {
    const request = parseJson(requestText, "request");
    if (!request.ok) return request;
    requested = requestedIds(request.value);
    if (!requested) return fail({ field: "request", message: "This request has no FriendInfos array." });
  }
  const ids = requested ?? envelope.data.ErrorList.map((item) => item.userId);
  return ok({
    result: decodeSendResult({ requestedUserIds: ids, response: envelope.data }),
    requestKnown: requested !== undefined,
  });
}
