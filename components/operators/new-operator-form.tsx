"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";

import { createOperatorAction } from "@/app/operators/actions";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ROLES } from "@/lib/auth/roles";

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
      className="grid gap-3 rounded-lg border border-border bg-surface p-3 md:grid-cols-5"
    >
      <div>
        <label htmlFor="new-name" className="text-xs font-medium">
          Name
        </label>
        <Input id="new-name" name="name" required className="mt-1 w-full" />
      </div>
      <div>
        <label htmlFor="new-email" className="text-xs font-medium">
          Email
        </label>
        <Input id="new-email" name="email" type="email" required className="mt-1 w-full" />
      </div>
      <div>
        <label htmlFor="new-password" className="text-xs font-medium">
          Password
        </label>
        <Input
          id="new-password"
          name="password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          className="mt-1 w-full"
        />
      </div>
      <div>
        <label htmlFor="new-role" className="text-xs font-medium">
          Role
        </label>
        <Select id="new-role" name="role" defaultValue="operator" className="mt-1 w-full">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-end">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          Add operator
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-danger md:col-span-5">
          {error}
        </p>
      )}
      {result?.status === "done" && (
        <p role="status" className="text-sm text-success md:col-span-5">
          Operator added.
        </p>
      )}
    </form>
  );
}
