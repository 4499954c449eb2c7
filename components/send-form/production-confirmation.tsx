"use client";

import { Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/** A production send needs an admin and a value of the request (the FromUserId by default) typed again. */
export function ProductionConfirmation({
  environmentName,
  allowed,
  value,
  onChange,
  error,
  asking = "the FromUserId",
}: {
  asking?: string;
  environmentName: string;
  allowed: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  if (!allowed) {
    return (
      <Notice tone="error" role="alert">
        {environmentName} is a production environment: only admins can send to it. Pick another environment in the banner.
      </Notice>
    );
  }
  return (
    <Notice tone="error" className="max-w-md">
      <label htmlFor="production-confirmation" className="text-sm font-medium text-danger">
        Production: type {asking} to confirm
      </label>
      <Input
        id="production-confirmation"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        aria-describedby="production-confirmation-error"
        className="mt-1 w-full font-mono"
      />
      {error && (
        <p id="production-confirmation-error" className="mt-1 text-xs text-danger">
          {error}
        </p>
      )}
    </Notice>
  );
}
