"use client";

import { useActionState } from "react";

import type { AuthFormState } from "@/app/sign-in/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rule";

/** The sign-in and first-run forms: plain form actions, so they work before any JavaScript loads. */
export function CredentialsForm({
  action,
  submitLabel,
  withName = false,
  next,
}: {
  action: (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  submitLabel: string;
  /** First-run setup: asks for a name, and states the password rule up front. */
  withName?: boolean;
  /** The page to return to after signing in. */
  next?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="max-w-sm space-y-3">
      {next && <input type="hidden" name="next" value={next} />}
      {withName && (
        <div>
          <label htmlFor="name" className="text-sm font-medium">
            Name
          </label>
          <Input id="name" name="name" required autoComplete="name" defaultValue={state.name} className="mt-1 w-full" />
        </div>
      )}
      <div>
        <label htmlFor="email" className="text-sm font-medium">
          Email
        </label>
        <Input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={state.email}
          className="mt-1 w-full"
        />
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-medium">
          Password
        </label>
        <Input
          id="password"
          name="password"
          type="password"
          required
          autoComplete={withName ? "new-password" : "current-password"}
          aria-describedby={withName ? "password-rule" : undefined}
          className="mt-1 w-full"
        />
        {withName && (
          <p id="password-rule" className="mt-1 text-xs text-muted">
            At least {PASSWORD_MIN_LENGTH} characters.
          </p>
        )}
      </div>
      {state.error && (
        <p role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
