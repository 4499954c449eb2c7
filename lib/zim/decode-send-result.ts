import type { ErrorListItem, SendFriendApplicationResponse } from "./wire";

/** The four combinations of Code and ErrorList that ZEGO documents (README.md here, "The four Code / ErrorList cases"). */
export type SendResultKind = "all-sent" | "partial" | "all-failed" | "rejected";

export type TargetOutcome = {
  userId: string;
  /** Position in the request, so repeated IDs stay apart. */
  index: number;
  outcome: "sent" | "failed";
  /** Absent for a failure ZIM gave no per-user code for (rejected call, or a partial ErrorList). */
  subCode?: number;
};

export type DecodedSendResult = {
  kind: SendResultKind;
  code: number;
  message: string;
  requestId: string;
  targets: TargetOutcome[];
  sentCount: number;
  failedCount: number;
  /** ErrorList entries that name no requested target: shown, never dropped. */
  unmatched: ErrorListItem[];
};

const REPEATED_USER_ID = 660800022;

/**
 * Puts each ErrorList entry on one requested target. ZIM processes the first occurrence of a
 * repeated ID and fails the later ones with 660800022, so that code goes to the last free one.
 */
function assignErrors(requested: readonly string[], errors: readonly ErrorListItem[]) {
  const subCodes = new Map<number, number>();
  const unmatched: ErrorListItem[] = [];
  for (const error of errors) {
    const free = requested.flatMap((userId, index) => (userId === error.userId && !subCodes.has(index) ? [index] : []));
    const index = error.subCode === REPEATED_USER_ID ? free.at(-1) : free[0];
    if (index === undefined) unmatched.push(error);
    else subCodes.set(index, error.subCode);
  }
  return { subCodes, unmatched };
}

function kindOf(code: number, errorCount: number): SendResultKind {
  if (code === 0) return errorCount === 0 ? "all-sent" : "partial";
  return errorCount === 0 ? "rejected" : "all-failed";
}

export function decodeSendResult({
  requestedUserIds,
  response,
}: {
  requestedUserIds: readonly string[];
  response: SendFriendApplicationResponse;
}): DecodedSendResult {
  const { subCodes, unmatched } = assignErrors(requestedUserIds, response.ErrorList);
  const callFailed = response.Code !== 0;
  const targets: TargetOutcome[] = requestedUserIds.map((userId, index) => {
    const subCode = subCodes.get(index);
    if (subCode !== undefined) return { userId, index, outcome: "failed", subCode };
    return { userId, index, outcome: callFailed ? "failed" : "sent" };
  });
  const sentCount = targets.filter((target) => target.outcome === "sent").length;
  return {
    kind: kindOf(response.Code, response.ErrorList.length),
    code: response.Code,
    message: response.Message,
    requestId: response.RequestId,
    targets,
    sentCount,
    failedCount: targets.length - sentCount,
    unmatched,
  };
}
