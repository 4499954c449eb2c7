"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { controlBulkJobAction } from "@/app/bulk/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import type { BulkJobStatus } from "@/lib/bulk/job-types";

type Control = "pause" | "resume" | "cancel" | "approve";

const CONTROLS: Record<Control, { label: string; when: readonly BulkJobStatus[] }> = {
  approve: { label: "Approve", when: ["awaiting-approval"] },
  pause: { label: "Pause", when: ["queued", "running"] },
  resume: { label: "Resume", when: ["paused"] },
  cancel: { label: "Cancel job", when: ["awaiting-approval", "queued", "running", "paused"] },
};

/** Pause, resume, cancel and approve, as the job's status allows; the server decides who may. */
export function JobControls({ jobId, status }: { jobId: string; status: BulkJobStatus }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();

  async function run(action: Control) {
    setBusy(true);
    try {
      const answer = await controlBulkJobAction({ jobId, action });
      setMessage(
        isRefusal(answer) ? { tone: "error", text: describeRefusal(answer) } : { tone: "success", text: answer.message },
      );
      await queryClient.invalidateQueries({ queryKey: ["bulk-job", jobId] });
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Try again." });
    } finally {
      setBusy(false);
    }
  }

  const available = (Object.keys(CONTROLS) as Control[]).filter((control) => CONTROLS[control].when.includes(status));
  return (
    <div className="flex flex-wrap items-center gap-2">
      {available.map((control) => (
        <Button
          key={control}
          variant={control === "cancel" ? "danger" : "secondary"}
          disabled={busy}
          onClick={() => void run(control)}
        >
          {CONTROLS[control].label}
        </Button>
      ))}
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"} className="py-1">
          {message.text}
        </Notice>
      )}
    </div>
  );
}
