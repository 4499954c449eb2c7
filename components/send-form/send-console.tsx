"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect, useMemo } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { sendFriendApplicationAction } from "@/app/actions";
import { DRAFT_STORAGE_KEY } from "@/lib/send/draft";
import { createSendSchema, emptySendForm, type SendFormValues } from "@/lib/zim/send-schema";
import { Button } from "@/components/ui/button";
import { TargetsList } from "./targets-list";
import { InvalidFormNotice } from "./invalid-form-notice";
import { useFormDraft } from "./use-form-draft";
import { UserIdField } from "./user-id-field";

const loadResultView = () => import("@/components/results/result-view").then((module) => module.ResultView);

/** Results (and the code catalog behind them) are not needed until the first send: kept out of first load. */
const ResultView = dynamic(loadResultView);

/** Array-level errors live under `.root` in react-hook-form. */
const ARRAY_PATH = /^friendInfos(\.\d+\.attributes)?$/;

async function send(values: SendFormValues) {
  const started = performance.now();
  const outcome = await sendFriendApplicationAction(values);
  return { outcome, roundTripMs: Math.round(performance.now() - started) };
}

export function SendConsole({ batchLimit }: { batchLimit: number }) {
  const schema = useMemo(() => createSendSchema({ batchLimit }), [batchLimit]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: emptySendForm(),
    // On change, not on blur: an error appearing on blur shifts the layout under a pointer mid-click.
    mode: "onChange",
  });
  useFormDraft(form);
  useEffect(() => {
    void loadResultView();
  }, []);

  const mutation = useMutation({
    mutationFn: send,
    onSuccess: ({ outcome }) => {
      if (outcome.status !== "invalid") return;
      for (const issue of outcome.issues) {
        const path = (ARRAY_PATH.test(issue.path) ? `${issue.path}.root` : issue.path) as FieldPath<SendFormValues>;
        form.setError(path, { type: "server", message: issue.message });
      }
    },
  });

  function clear() {
    window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    form.reset(emptySendForm());
    mutation.reset();
  }

  return (
    <div className="space-y-6">
      <FormProvider {...form}>
        <form onSubmit={form.handleSubmit((values) => mutation.mutate(values))} noValidate aria-label="SendFriendApplication" className="space-y-4">
          <div className="max-w-md">
            <UserIdField name="fromUserId" label="FromUserId" />
          </div>
          <TargetsList batchLimit={batchLimit} />
          <div className="flex items-center gap-3 border-t border-slate-200 pt-4">
            <Button type="submit" variant="primary" disabled={mutation.isPending}>
              {mutation.isPending ? "Sending…" : "Send friend requests"}
            </Button>
            <Button variant="danger" onClick={clear}>
              Clear form
            </Button>
            <InvalidFormNotice />
          </div>
        </form>
      </FormProvider>
      {mutation.isError && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          The console could not reach its own server. Nothing you typed is lost; try again.
        </p>
      )}
      {mutation.data && <ResultView outcome={mutation.data.outcome} roundTripMs={mutation.data.roundTripMs} />}
    </div>
  );
}
