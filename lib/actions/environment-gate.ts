import "server-only";

import type { Caller } from "@/lib/auth/caller";
import { hasRole } from "@/lib/auth/roles";
import { findEnvironment, type Environment } from "@/lib/config/env";
import { fail, ok, type Result } from "@/lib/result/result";

import type { Refusal } from "./action-result";

/** What a production call must have typed: a value of the request (a send's FromUserId), or the environment's name. */
export type Confirmation = { label: string; value: string } | "environment name";

/**
 * Where an action's ZIM calls go, and what the caller typed to confirm a production call. Read-only
 * calls (preflight checks, lookups) change nothing in ZIM, so they need no confirmation or admin role.
 */
export type EnvironmentGate =
  { environmentId: string; confirmation: string; expected: Confirmation } | { environmentId: string; readOnly: true };

/**
 * Resolves the environment an action calls and enforces the production rules: only admins, and
 * only after typing the expected confirmation. Non-production environments pass as they are.
 */
export function openEnvironment({ gate, caller }: { gate: EnvironmentGate; caller: Caller }): Result<Environment, Refusal> {
  const environment = findEnvironment(gate.environmentId);
  if (!environment) {
    return fail({
      status: "invalid",
      issues: [{ path: "environmentId", message: `No environment "${gate.environmentId}" is configured.` }],
    });
  }
  if (!environment.production || "readOnly" in gate) return ok(environment);
  if (!hasRole(caller.role, "admin")) {
    return fail({ status: "denied", message: `Only admins can send to the production environment ${environment.name}.` });
  }
  const { label, value } =
    gate.expected === "environment name" ? { label: "environment's name", value: environment.name } : gate.expected;
  if (gate.confirmation !== value) {
    return fail({
      status: "invalid",
      issues: [{ path: "confirmation", message: `Type the ${label} exactly to confirm a production send.` }],
    });
  }
  return ok(environment);
}
