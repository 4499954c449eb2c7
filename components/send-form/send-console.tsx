"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";

import { sendFriendApplicationAction } from "@/app/actions";
import { useEnvironment } from "@/components/layout/environment-context";
import type { PreflightReport } from "@/components/preflight/preflight-panel";
import { Notice } from "@/components/ui/notice";
import { predictionBadge } from "@/lib/preflight/labels";
import type { SendPrediction } from "@/lib/preflight/prediction";
import { createSendSchema, emptySendForm, type SendFormValues } from "@/lib/zim/send-schema";

import { ActionBar } from "./action-bar";
import { InvalidFormNotice } from "./invalid-form-notice";
import { PredictionsContext, type RowPredictions } from "./predictions-context";
import { ReasonField } from "./reason-field";
import { TargetsSection } from "./targets-section";
import { readTypedBeforeHydration, SEND_FORM_ID } from "./typed-before-hydration";
import { useClearWithUndo } from "./use-clear-with-undo";
import { useFormDraft } from "./use-form-draft";
import { useQuestionMarkKey } from "./use-question-mark-key";
import { useSubmissionId } from "./use-submission-id";
import { useWaitingRows, type WaitingRows } from "./use-waiting-rows";
import { UserIdField } from "./user-id-field";

const loadResultView = () => import("@/components/results/result-view").then((module) => module.ResultView);

/** Results (and the code catalog behind them) are not needed until the first send: kept out of first load. */
const ResultView = dynamic(loadResultView);
const ShortcutHelp = dynamic(() => import("./shortcut-help").then((module) => module.ShortcutHelp));
/** The preflight's table and queries load after the form: the first keystroke never waits for them. */
const PreflightPanel = dynamic(() => import("@/components/preflight/preflight-panel").then((module) => module.PreflightPanel));
/** Shown only when a production environment is picked. */
const ProductionConfirmation = dynamic(() => import("./production-confirmation").then((module) => module.ProductionConfirmation));

/**
 * The fields re-render from their own form subscriptions; a send starting or answering re-renders
 * only the action bar and the result (a 20-row grid re-rendered on each cost tens of milliseconds).
 */
const FormFields = memo(function FormFields({
  batchLimit,
  generation,
  waiting,
  onCountChange,
  environmentId,
  targetCount,
  onReport,
}: {
  batchLimit: number;
  generation: number;
  waiting: WaitingRows;
  onCountChange: (count: number) => void;
  environmentId: string;
  targetCount: number;
  onReport: (report: PreflightReport | null) => void;
}) {
  return (
    <>
      <div className="grid max-w-3xl gap-3 md:grid-cols-2">
        <UserIdField name="fromUserId" label="FromUserId" />
        <ReasonField />
      </div>
      <TargetsSection key={generation} batchLimit={batchLimit} waiting={waiting} onCountChange={onCountChange} />
      <PreflightPanel environmentId={environmentId} rowCount={targetCount} onReport={onReport} />
    </>
  );
});

/** Array-level errors live under `.root` in react-hook-form. */
const ARRAY_PATH = /^friendInfos(\.\d+\.attributes)?$/;

/** The prediction a send was made with, and the targets it left out as predicted to fail. */
type SentWith = { prediction?: SendPrediction; leftOut: string[] };

/** What the action gets, and what the result shows beside its answer (kept in the browser). */
type SendInput = {
  call: { form: SendFormValues; environmentId: string; submissionId: string; confirmation: string };
  sentWith: SentWith;
};

function rowPredictions(report: PreflightReport | null): RowPredictions {
  return new Map(
    report?.prediction.targets.map((target) => [target.userId, { ...predictionBadge(target), sentence: target.sentence }]),
  );
}

/** The targets to send: all, or with "send only predicted to succeed" those not predicted to fail. */
function targetsToSend(values: SendFormValues, report: PreflightReport | null): { form: SendFormValues; sentWith: SentWith } {
  const prediction = report?.prediction.fromUserId === values.fromUserId ? report.prediction : undefined;
  if (!prediction || !report?.sendOnlyPredicted) return { form: values, sentWith: { prediction, leftOut: [] } };
  const failing = new Set(prediction.targets.filter((target) => target.succeeds === false).map((target) => target.userId));
  const friendInfos = values.friendInfos.filter((info) => !failing.has(info.userId));
  const leftOut = values.friendInfos.filter((info) => failing.has(info.userId)).map((info) => info.userId);
  return { form: { ...values, friendInfos }, sentWith: { prediction, leftOut } };
}

async function send({ call }: SendInput) {
  const started = performance.now();
  const outcome = await sendFriendApplicationAction(call);
  return { outcome, roundTripMs: Math.round(performance.now() - started) };
}

export function SendConsole({ batchLimit, canSendProduction }: { batchLimit: number; canSendProduction: boolean }) {
  const schema = useMemo(() => createSendSchema({ batchLimit }), [batchLimit]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: emptySendForm(),
    // On change, not on blur: an error appearing on blur shifts the layout under a pointer mid-click.
    mode: "onChange",
  });
  const [typedBeforeHydration] = useState(readTypedBeforeHydration);
  useFormDraft(form, typedBeforeHydration);
  useEffect(() => {
    void loadResultView();
  }, []);

  const { selected: environment } = useEnvironment();
  const [confirmation, setConfirmation] = useState("");
  const [confirmationError, setConfirmationError] = useState<string>();
  const [formGeneration, setFormGeneration] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [targetCount, setTargetCount] = useState(1);
  const [preflight, setPreflight] = useState<PreflightReport | null>(null);
  const [nothingToSend, setNothingToSend] = useState(false);
  const predictions = useMemo(() => rowPredictions(preflight), [preflight]);
  const submissionId = useSubmissionId(form);
  const waiting = useWaitingRows();
  const clearing = useClearWithUndo(form, waiting, () => {
    setConfirmation("");
    setFormGeneration((generation) => generation + 1);
  });
  useQuestionMarkKey(useCallback(() => setHelpOpen(true), []));

  /** Fields the server refused stay marked until a send the form itself finds valid. */
  const serverMarkedFields = useRef(false);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: ({ outcome }) => {
      const recorded = (outcome.status === "answered" || outcome.status === "transport-failed") && !outcome.unrecorded;
      if (recorded) submissionId.settle();
      if (outcome.status !== "invalid") return;
      for (const issue of outcome.issues) {
        if (issue.path === "confirmation") setConfirmationError(issue.message);
        if (!issue.path.startsWith("form.")) continue;
        const path = issue.path.slice("form.".length);
        serverMarkedFields.current = true;
        form.setError((ARRAY_PATH.test(path) ? `${path}.root` : path) as FieldPath<SendFormValues>, {
          type: "server",
          message: issue.message,
        });
      }
    },
  });

  const blockedByRole = environment.production && !canSendProduction;

  function submit(values: SendFormValues) {
    if (mutation.isPending) return;
    const { form: toSend, sentWith: context } = targetsToSend(values, preflight);
    const nothing = toSend.friendInfos.length === 0;
    // A state update made in the click renders in the microtask that the action's fetch waits behind
    // (re-rendering the last result held the call back 3 ms); in a transition it renders after the call left.
    startTransition(() => {
      setConfirmationError(undefined);
      setNothingToSend(nothing);
    });
    if (nothing) return;
    mutation.mutate({
      call: { form: toSend, environmentId: environment.id, submissionId: submissionId.forAttempt(), confirmation },
      sentWith: context,
    });
  }

  /**
   * A valid form goes straight out. react-hook-form's handleSubmit would clone the values and publish
   * its submit state to every field (a re-render of each grid cell before the call could leave); it
   * still handles an invalid form, marking each field and focusing the first.
   *
   * The Send button calls this itself rather than submitting the form: Chromium's own submission
   * steps took 2 ms before the submit event reached the page, with 20 targets in the form.
   */
  function sendForm() {
    const parsed = schema.safeParse(form.getValues());
    if (!parsed.success) {
      void form.handleSubmit(submit)();
      return;
    }
    if (serverMarkedFields.current) form.clearErrors();
    serverMarkedFields.current = false;
    submit(parsed.data);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    sendForm();
  }

  /** Enter never sends a half-built batch: Ctrl/⌘+Enter sends, Enter moves on. */
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter" || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      sendForm();
      return;
    }
    if (!(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    if (event.target.name === "fromUserId" || event.target.name === "reason") form.setFocus("friendInfos.0.userId");
  }

  return (
    <div className="space-y-6">
      <FormProvider {...form}>
        <PredictionsContext value={predictions}>
          <form
            id={SEND_FORM_ID}
            onSubmit={onSubmit}
            onKeyDown={onKeyDown}
            noValidate
            aria-label="SendFriendApplication"
            className="space-y-4"
          >
            <FormFields
              batchLimit={batchLimit}
              generation={formGeneration}
              waiting={waiting}
              onCountChange={setTargetCount}
              environmentId={environment.id}
              targetCount={targetCount}
              onReport={setPreflight}
            />
            {environment.production && (
              <ProductionConfirmation
                environmentName={environment.name}
                allowed={canSendProduction}
                value={confirmation}
                onChange={setConfirmation}
                error={confirmationError}
              />
            )}
            <InvalidFormNotice />
            {clearing.canUndo && (
              <p role="status" className="text-sm">
                Form cleared.{" "}
                <button type="button" onClick={clearing.undo} className="font-medium text-accent underline">
                  Undo
                </button>{" "}
                <span className="text-muted">(for 10 seconds)</span>
              </p>
            )}
            <ActionBar
              targetCount={targetCount}
              sending={mutation.isPending}
              sendBlocked={blockedByRole}
              onSend={sendForm}
              onClear={clearing.clear}
              onShowShortcuts={() => setHelpOpen(true)}
            />
          </form>
        </PredictionsContext>
      </FormProvider>
      {nothingToSend && (
        <Notice role="alert" tone="error">
          Every target is predicted to fail, so nothing was sent. Untick &quot;Send only targets predicted to succeed&quot; to
          send anyway.
        </Notice>
      )}
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {mutation.isError && (
        <Notice role="alert" tone="error">
          The console could not reach its own server. Nothing you typed is lost; try again.
        </Notice>
      )}
      {mutation.data && mutation.variables && (
        <ResultView
          outcome={mutation.data.outcome}
          roundTripMs={mutation.data.roundTripMs}
          input={mutation.variables.call.form}
          prediction={mutation.variables.sentWith.prediction}
          leftOut={mutation.variables.sentWith.leftOut}
          fresh
        />
      )}
    </div>
  );
}
