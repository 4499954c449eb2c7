"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";

import { retryFailedTargetsAction } from "@/app/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { TextLink } from "@/components/ui/text-link";
import { planRetry } from "@/lib/audit/retry-plan";
import type { SendAnswered, SendTransportFailed } from "@/lib/results/send-outcome";
import type { SendFormValues } from "@/lib/zim/send-schema";

/** Re-sends only the failed targets that can still succeed, as a new send linked to this one. */
export function RetryPanel({ outcome, input }: { outcome: SendAnswered | SendTransportFailed; input: SendFormValues }) {
  const plan = planRetry({ input, outcome });
  // A timeout may have reached ZIM: retrying is the second step, after checking, not the first.
  const uncertain = outcome.status === "transport-failed" && outcome.failure === "timeout";
  const [confirmation, setConfirmation] = useState("");
  const submissionId = useRef(crypto.randomUUID());
  const retry = useMutation({
    mutationFn: () => retryFailedTargetsAction({ sendId: outcome.sendId, submissionId: submissionId.current, confirmation }),
  });
  if (plan.retry.length === 0 && plan.excluded.length === 0) return null;
  const done =
    retry.data && (retry.data.status === "answered" || retry.data.status === "transport-failed") ? retry.data : undefined;

  return (
    <section aria-labelledby="retry-heading" className="rounded-lg border border-border bg-surface p-4 text-sm">
      <h3 id="retry-heading" className="font-semibold">
        Retry failed targets
      </h3>
      {plan.retry.length > 0 ? (
        <p className="mt-1">
          Can succeed if sent again: <span className="font-mono">{plan.retry.map((target) => target.userId).join(", ")}</span>
        </p>
      ) : (
        <p className="mt-1">No failed target can succeed by sending again.</p>
      )}
      {plan.excluded.length > 0 && (
        <ul aria-label="Excluded from retry" className="mt-1 list-disc pl-5">
          {plan.excluded.map(({ userId, reason }, index) => (
            <li key={`${userId}-${index}`}>
              <span className="font-mono">{userId}</span>: {reason}
            </li>
          ))}
        </ul>
      )}
      {plan.retry.length > 0 && !done && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {outcome.environment.production && (
            <Input
              aria-label="Production: type the FromUserId to confirm the retry"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              className="border-danger-line font-mono"
            />
          )}
          {uncertain && (
            <p className="w-full text-warning">
              No RequestId came back, so ZIM may already have sent these. Check the targets first (their friend list, or
              QueryFriendList in Send as-is); retry only if they did not get a request.
            </p>
          )}
          <Button variant={uncertain ? "secondary" : "primary"} onClick={() => retry.mutate()} disabled={retry.isPending}>
            {retry.isPending ? "Retrying…" : `Retry ${plan.retry.length} target${plan.retry.length === 1 ? "" : "s"}`}
          </Button>
        </div>
      )}
      {retry.data && !done && "message" in retry.data && (
        <p role="alert" className="mt-2 text-danger">
          {retry.data.message}
        </p>
      )}
      {done && (
        <p role="status" className="mt-2">
          Retry sent as a new send. <TextLink href={`/history/${done.sendId}`}>Open the retry</TextLink>
        </p>
      )}
    </section>
  );
}
