import type { Metadata } from "next";

import { NewOperatorForm } from "@/components/operators/new-operator-form";
import { OperatorEventsTable } from "@/components/operators/operator-events-table";
import { OperatorRow } from "@/components/operators/operator-row";
import { SignInEventsTable } from "@/components/operators/sign-in-events-table";
import { SignInLocks } from "@/components/operators/sign-in-locks";
import { Table } from "@/components/ui/table";
import { listOperatorEvents } from "@/lib/audit/operator-events";
import { listOperators } from "@/lib/auth/operators";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { BACKOFF_AFTER, listSignInEvents, listSignInLocks, LOCKOUT_AFTER, LOCKOUT_MINUTES } from "@/lib/auth/sign-in-limits";

const RECENT_CHANGES = 100;

export const metadata: Metadata = { title: "Operators" };

export default async function OperatorsPage() {
  const caller = await requirePageCaller();
  if (!hasRole(caller.role, "admin")) {
    return (
      <p role="alert" className="text-sm">
        Only admins manage operators.
      </p>
    );
  }
  const [operators, events, locks, signInEvents] = await Promise.all([
    listOperators(),
    listOperatorEvents({ limit: RECENT_CHANGES }),
    listSignInLocks(),
    listSignInEvents({ limit: RECENT_CHANGES }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Operators</h1>
      <p className="max-w-prose text-sm text-muted">
        viewer: reads history, codes and results. operator: also sends to non-production environments. admin: also sends to
        production and manages operators.
      </p>
      <NewOperatorForm />
      <Table caption="Everyone who can sign in" labels={["Email", "Name", "Role", "State", "Actions"]}>
        {operators.map((operator) => (
          <OperatorRow key={operator.id} operator={operator} isSelf={operator.id === caller.id} />
        ))}
      </Table>
      <OperatorEventsTable events={events} />
      <h2 className="text-lg font-semibold">Sign-in limits</h2>
      <p className="max-w-prose text-sm text-muted">
        After {BACKOFF_AFTER} failed sign-ins in a row, an email or a client address waits longer before each attempt; after{" "}
        {LOCKOUT_AFTER} it is locked out for {LOCKOUT_MINUTES} minutes. A successful sign-in starts over.
      </p>
      <SignInLocks
        locks={locks.map(({ key, failures, retryAt, lockedUntil }) => ({
          key,
          failures,
          retryAt: retryAt.toISOString(),
          lockedOut: lockedUntil !== null && lockedUntil > new Date(),
        }))}
      />
      <SignInEventsTable events={signInEvents} />
    </div>
  );
}
