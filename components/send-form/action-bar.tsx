"use client";

import { useFormState } from "react-hook-form";

import { useEnvironment } from "@/components/layout/environment-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { SendFormValues } from "@/lib/zim/send-schema";

import { listProblems } from "./problem-list";

/** Stays in view at the bottom while the grid scrolls: what will be sent where, and the two actions. */
export function ActionBar({
  targetCount,
  sending,
  sendBlocked,
  onSend,
  onClear,
  onShowShortcuts,
}: {
  targetCount: number;
  sending: boolean;
  sendBlocked: boolean;
  onSend: () => void;
  onClear: () => void;
  onShowShortcuts: () => void;
}) {
  const { errors } = useFormState<SendFormValues>();
  const problems = listProblems(errors).length;
  const { selected: environment } = useEnvironment();
  return (
    <div
      role="group"
      aria-label="Send actions"
      className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-border bg-surface/95 px-4 py-2 shadow-[0_-2px_6px_rgb(0_0_0/0.06)] backdrop-blur"
    >
      <p className="text-sm tabular-nums">
        {targetCount} {targetCount === 1 ? "target" : "targets"} ·{" "}
        <span className={problems > 0 ? "font-semibold text-danger" : "text-muted"}>
          {problems} {problems === 1 ? "problem" : "problems"}
        </span>{" "}
        · <span className="font-medium">{environment.name}</span>{" "}
        {environment.production && <Badge tone="danger">production</Badge>}
      </p>
      <div className="ml-auto flex items-center gap-2">
        <button
          type="button"
          onClick={onShowShortcuts}
          className="rounded px-2 py-1 text-sm text-accent underline hover:bg-subtle"
        >
          Shortcuts (?)
        </button>
        <Button variant="danger" onClick={onClear} disabled={sending}>
          Clear form
        </Button>
        <Button variant="primary" onClick={onSend} disabled={sending || sendBlocked} aria-keyshortcuts="Control+Enter Meta+Enter">
          {sending ? "Sending…" : "Send friend requests"} <kbd className="ml-1 text-xs font-normal">Ctrl+Enter</kbd>
        </Button>
      </div>
    </div>
  );
}
