"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";

import { sendAsIsAction } from "@/app/send-as-is/actions";
import { useEnvironment } from "@/components/layout/environment-context";
import { readDraft } from "@/components/send-form/draft";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import { OMITTABLE, PROBES } from "@/lib/qa/send-as-is";
import { toSendFriendApplicationBody } from "@/lib/zim/build-body";

import { SendAsIsResult } from "./send-as-is-result";

const ACTIONS = [
  "SendFriendApplication",
  "AddFriends",
  "DeleteFriends",
  "CheckFriendsRelation",
  "QueryUserInfos",
  "UserRegister",
  "QueryFriendList",
  "DeleteAllFriends",
];
const PROBE_LABELS: Record<(typeof PROBES)[number], string> = {
  none: "None: sign correctly",
  "wrong-secret": "Sign with a wrong secret",
  "expired-timestamp": "Timestamp older than 10 minutes",
  "reused-nonce": "Reuse a nonce",
  "missing-parameter": "Leave a parameter out",
};
function bodyFromDraft(): string {
  const draft = readDraft(window.localStorage);
  return draft
    ? JSON.stringify(toSendFriendApplicationBody(draft), null, 2)
    : '{\n  "FromUserId": "agent_amy",\n  "FriendInfos": [{ "UserId": "user_alice" }]\n}';
}

/** Sends exactly what is typed, correctly signed (or deliberately not), skipping the form's validation. */
export function SendAsIsConsole({ canSendProduction }: { canSendProduction: boolean }) {
  const { selected: environment } = useEnvironment();
  const [action, setAction] = useState("SendFriendApplication");
  const [method, setMethod] = useState<"POST" | "GET">("POST");
  const [body, setBody] = useState(bodyFromDraft);
  const [probe, setProbe] = useState<(typeof PROBES)[number]>("none");
  const [omit, setOmit] = useState<(typeof OMITTABLE)[number]>("Signature");
  const [confirmation, setConfirmation] = useState("");
  const [reason, setReason] = useState("");
  const send = useMutation({
    mutationFn: () => sendAsIsAction({ environmentId: environment.id, action, method, body, probe, omit, confirmation, reason }),
  });
  const answer = send.data;
  const problem = answer && isRefusal(answer) ? describeRefusal(answer) : undefined;
  const blocked = environment.production && !canSendProduction;

  return (
    <div className="space-y-4">
      <form
        aria-label="Send as-is"
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate();
        }}
        className="space-y-3"
      >
        <div className="max-w-md">
          <label htmlFor="as-is-reason" className="text-sm font-medium">
            Reason or ticket <span className="font-normal text-muted">(optional, kept in QA calls)</span>
          </label>
          <Input id="as-is-reason" value={reason} onChange={(event) => setReason(event.target.value)} className="mt-1 w-full" />
        </div>
        <div className="grid gap-3 md:grid-cols-4">
          <div>
            <label htmlFor="as-is-action" className="text-sm font-medium">
              Action
            </label>
            <Input
              id="as-is-action"
              list="as-is-actions"
              value={action}
              onChange={(event) => setAction(event.target.value)}
              className="mt-1 w-full"
            />
            <datalist id="as-is-actions">
              {ACTIONS.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor="as-is-method" className="text-sm font-medium">
              Method
            </label>
            <Select
              id="as-is-method"
              value={method}
              onChange={(event) => setMethod(event.target.value as "POST" | "GET")}
              className="mt-1 w-full"
            >
              <option value="POST">POST (JSON body)</option>
              <option value="GET">GET (query parameters)</option>
            </Select>
          </div>
          <div>
            <label htmlFor="as-is-probe" className="text-sm font-medium">
              Gateway probe
            </label>
            <Select
              id="as-is-probe"
              value={probe}
              onChange={(event) => setProbe(event.target.value as (typeof PROBES)[number])}
              className="mt-1 w-full"
            >
              {PROBES.map((name) => (
                <option key={name} value={name}>
                  {PROBE_LABELS[name]}
                </option>
              ))}
            </Select>
          </div>
          {probe === "missing-parameter" && (
            <div>
              <label htmlFor="as-is-omit" className="text-sm font-medium">
                Parameter to leave out
              </label>
              <Select
                id="as-is-omit"
                value={omit}
                onChange={(event) => setOmit(event.target.value as (typeof OMITTABLE)[number])}
                className="mt-1 w-full"
              >
                {OMITTABLE.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </div>
          )}
        </div>
        <div>
          <div className="flex items-baseline justify-between">
            <label htmlFor="as-is-body" className="text-sm font-medium">
              {method === "POST" ? "Body, sent byte for byte" : "Query parameters (JSON object)"}
            </label>
            <Button onClick={() => setBody(bodyFromDraft())}>Load from the send form</Button>
          </div>
          <Textarea
            id="as-is-body"
            rows={14}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            spellCheck={false}
            className="mt-1 w-full font-mono text-xs"
          />
        </div>
        {environment.production && canSendProduction && (
          <Notice tone="error" className="max-w-md">
            <label htmlFor="as-is-confirmation" className="text-sm font-medium text-danger">
              Production: type the environment&apos;s name to confirm
            </label>
            <Input
              id="as-is-confirmation"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              className="mt-1 w-full"
            />
          </Notice>
        )}
        {blocked && (
          <Notice tone="error" role="alert">
            {environment.name} is a production environment: only admins can send to it as-is.
          </Notice>
        )}
        <Button type="submit" variant="primary" disabled={send.isPending || blocked}>
          {send.isPending ? "Sending…" : `Send as-is to ${environment.name}`}
        </Button>
      </form>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {answer?.status === "as-is" && <SendAsIsResult outcome={answer} />}
    </div>
  );
}
