import { describeCode } from "@/lib/zim/code-catalog";

import type { RowOutcome } from "./job-types";

/** A row's outcome in words, with what to do about it: the job page and the export say the same. */
export function describeRowOutcome({ outcome, subCode }: { outcome: RowOutcome; subCode: number | null }): {
  meaning: string;
  action: string;
} {
  switch (outcome) {
    case "sent":
      return { meaning: "Friend request sent.", action: "" };
    case "failed": {
      if (subCode === null) return { meaning: "Not sent.", action: "" };
      const entry = describeCode(subCode);
      return { meaning: entry.asSubCode ?? entry.meaning, action: entry.action };
    }
    case "unknown":
      return {
        meaning: "Outcome unknown: the call went out and its answer was lost.",
        action: "Check the target's friend requests before sending again; the app never re-sends it by itself.",
      };
    case "cancelled":
      return { meaning: "Not sent: the job was cancelled.", action: "" };
    case "sending":
      return { meaning: "Being sent.", action: "" };
    case "queued":
      return { meaning: "Waiting to be sent.", action: "" };
  }
}
