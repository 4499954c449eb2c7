"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";

import { createOperatorAction } from "@/app/operators/actions";
import { Button } from "@/components/ui/button";
import { ROLES } from "@/lib/auth/roles";

const INPUT = "mt-1 w-full rounded border border-slate-300 px-2 py-1 text-sm";

export function NewOperatorForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const create = useMutation({
    mutationFn: (data: FormData) => createOperatorAction(Object.fromEntries(data)),
    onSuccess: (result) => {
      if (result.status === "done") formRef.current?.reset();
    },
  });
  const result = create.data;
  const error =
    result?.status === "invalid"
      ? result.issues.map((issue) => issue.message).join("; ")
      : result && "message" in result
        ? result.message
        : undefined;
  return (
    <form
      ref={formRef}
      aria-label="New operator"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(new FormData(event.currentTarget));
      }}
      className="grid gap-3 rounded-lg border border-slate-300 bg-white p-3 md:grid-cols-5"
    >
      <div>
        <label htmlFor="new-name" className="text-xs font-medium">
          Name
        </label>
        <input id="new-name" name="name" required className={INPUT} />
      </div>
      <div>
        <label htmlFor="new-email" className="text-xs font-medium">
          Email
        </label>
        <input id="new-email" name="email" type="email" required className={INPUT} />
      </div>
      <div>
        <label htmlFor="new-password" className="text-xs font-medium">
          Password
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="new-role" className="text-xs font-medium">
          Role
        </label>
        <select id="new-role" name="role" defaultValue="operator" className={INPUT}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Add operator
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700 md:col-span-5">
          {error}
        </p>
      )}
      {result?.status === "done" && (
        <p role="status" className="text-sm text-emerald-700 md:col-span-5">
          Operator added.
        </p>
      )}
    </form>
  );
}
