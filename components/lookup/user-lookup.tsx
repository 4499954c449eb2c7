"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";

import { lookUpUserAction } from "@/app/users/actions";
import { useEnvironment } from "@/components/layout/environment-context";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import { isWellFormedUserId } from "@/lib/zim/send-schema";

import { LookupResult } from "./lookup-result";

/** The lookup form and its answer; the URL holds the user and the second user, so a link opens the same lookup. */
export function UserLookup() {
  const params = useSearchParams();
  const router = useRouter();
  const { selected: environment } = useEnvironment();
  const userId = params.get("id") ?? "";
  const relationWith = params.get("with") ?? "";
  // Cursors of the pages seen so far: "0" first, then each answer's Next.
  const [cursors, setCursors] = useState<{ key: string; stack: string[] }>({ key: "", stack: ["0"] });
  const lookupKey = `${environment.id}\n${userId}\n${relationWith}`;
  const stack = cursors.key === lookupKey ? cursors.stack : ["0"];
  const next = stack.at(-1) ?? "0";
  const [problem, setProblem] = useState<string>();

  const query = useQuery({
    queryKey: ["lookup", environment.id, userId, relationWith, next],
    queryFn: () => lookUpUserAction({ environmentId: environment.id, userId, next, relationWith: relationWith || undefined }),
    enabled: userId !== "",
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
    placeholderData: keepPreviousData,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const id = String(data.get("id") ?? "").trim();
    const other = String(data.get("with") ?? "").trim();
    const bad = [id, other].find((value) => value !== "" && !isWellFormedUserId(value));
    if (id === "" || bad !== undefined) {
      setProblem(
        id === ""
          ? "Type a user ID to look up."
          : `“${bad}” is not a user ID ZIM accepts (letters, digits, some symbols; at most 32 bytes).`,
      );
      return;
    }
    setProblem(undefined);
    const search = new URLSearchParams({ id });
    if (other) search.set("with", other);
    router.replace(`/users?${search.toString()}`);
  }

  const answer = query.data;
  return (
    <div className="space-y-4">
      <form onSubmit={submit} aria-label="Look up a user" className="flex flex-wrap items-end gap-3" noValidate>
        <div className="flex flex-col gap-1">
          <Label htmlFor="lookup-id">User ID</Label>
          <Input id="lookup-id" name="id" defaultValue={userId} key={`id-${userId}`} className="font-mono" autoComplete="off" />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="lookup-with">Relation with (optional)</Label>
          <Input
            id="lookup-with"
            name="with"
            defaultValue={relationWith}
            key={`with-${relationWith}`}
            className="font-mono"
            autoComplete="off"
          />
        </div>
        <Button type="submit" variant="primary">
          Look up
        </Button>
        <span className="text-sm text-muted">in {environment.name}</span>
      </form>
      {problem && (
        <Notice tone="error" role="alert">
          {problem}
        </Notice>
      )}
      {query.isFetching && (
        <p role="status" className="text-sm">
          Looking up {userId}…
        </p>
      )}
      {answer && isRefusal(answer) && (
        <Notice tone="error" role="alert">
          Could not look up {userId}: {describeRefusal(answer)}
        </Notice>
      )}
      {answer && !isRefusal(answer) && (
        <LookupResult
          answer={answer}
          page={stack.length}
          onNextPage={(cursor) => setCursors({ key: lookupKey, stack: [...stack, cursor] })}
          onPreviousPage={() => setCursors({ key: lookupKey, stack: stack.slice(0, -1) })}
          busy={query.isFetching}
        />
      )}
    </div>
  );
}
