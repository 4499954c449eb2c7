"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { afterNextPaint } from "@/components/ui/after-next-paint";
import { Button } from "@/components/ui/button";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import type { FollowUp } from "@/lib/preflight/follow-up";
import type { SendAnswered } from "@/lib/results/send-outcome";

import { useAutoCheck } from "./auto-check-setting";
import { checkAfterSend } from "./post-check";

export type FollowUps = ReadonlyMap<string, FollowUp>;

/**
 * After a send: one two-way CheckFriendsRelation tells what each target that succeeded sees now.
 * It runs at once for a fresh send when checks are automatic; "Check again" runs it later.
 */
export function useFollowUp({ answered, fromUserId, fresh }: { answered: SendAnswered; fromUserId: string; fresh: boolean }) {
  const [auto] = useAutoCheck();
  const [attempt, setAttempt] = useState(0);
  const userIds = [
    ...new Set(answered.result.targets.filter((target) => target.outcome === "sent").map((target) => target.userId)),
  ];
  const started = attempt > 0 || (fresh && auto);
  const query = useQuery({
    queryKey: ["follow-up", answered.sendId, attempt],
    // The result table paints first; the check's request and its server work come after that frame.
    queryFn: async ({ signal }) => {
      await afterNextPaint();
      return checkAfterSend({ environmentId: answered.environment.id, fromUserId, userIds }, signal);
    },
    enabled: started && userIds.length > 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
    placeholderData: keepPreviousData,
  });
  const answer = query.data;
  const checked = answer && !isRefusal(answer) && answer.status === "checked" ? answer : undefined;
  const followUps: FollowUps | undefined = checked
    ? new Map(checked.targets.map(({ userId, ...followUp }) => [userId, followUp]))
    : undefined;
  const problem =
    answer && isRefusal(answer) ? describeRefusal(answer) : answer?.status === "incomplete" ? answer.message : undefined;
  return {
    followUps,
    controls: userIds.length > 0 && (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <div role="status" aria-live="polite">
          {query.isFetching ? (
            <span>Checking what the targets see…</span>
          ) : checked ? (
            <span>
              What the targets see, checked at{" "}
              <time dateTime={checked.checkedAt}>{new Date(checked.checkedAt).toLocaleTimeString()}</time>.
            </span>
          ) : problem ? (
            <span className="text-danger">Could not check what the targets see: {problem}</span>
          ) : (
            <span className="text-muted">
              One read-only call tells whether each target is now a friend or has a pending request.
            </span>
          )}
        </div>
        <Button onClick={() => setAttempt((value) => value + 1)} disabled={query.isFetching}>
          {checked ? "Check again" : "Check what targets see"}
        </Button>
      </div>
    ),
  };
}
