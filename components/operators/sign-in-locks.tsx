"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { clearSignInLockAction } from "@/app/operators/actions";
import { LocalTime } from "@/components/time/local-time";
import { Button } from "@/components/ui/button";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";

export type LockRow = { key: string; failures: number; retryAt: string; lockedOut: boolean };

function ClearButton({ lockKey }: { lockKey: string }) {
  const router = useRouter();
  const clear = useMutation({ mutationFn: () => clearSignInLockAction({ key: lockKey }), onSuccess: () => router.refresh() });
  return (
    <Button onClick={() => clear.mutate()} disabled={clear.isPending} aria-label={`Clear ${lockKey}`}>
      Clear
    </Button>
  );
}

/** Emails and client addresses that must wait before the next sign-in, or are locked out; an admin can clear them. */
export function SignInLocks({ locks }: { locks: LockRow[] }) {
  if (locks.length === 0) return <p className="text-sm text-muted">No email or address is waiting or locked out.</p>;
  return (
    <Table caption="Sign-in back-offs and lockouts" labels={["Email or address", "Failures in a row", "State", "Actions"]}>
      {locks.map((lock) => (
        <Row key={lock.key}>
          <RowHeader className="font-mono">{lock.key}</RowHeader>
          <Cell className="tabular-nums">{lock.failures}</Cell>
          <Cell>
            {lock.lockedOut ? "Locked out" : "Backing off"} until <LocalTime value={lock.retryAt} seconds />
          </Cell>
          <Cell>
            <ClearButton lockKey={lock.key} />
          </Cell>
        </Row>
      ))}
    </Table>
  );
}
