"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { updateOperatorAction } from "@/app/operators/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Cell, Row, RowHeader } from "@/components/ui/table";
import type { Operator } from "@/lib/auth/operators";
import { ROLES, type Role } from "@/lib/auth/roles";

export function OperatorRow({ operator, isSelf }: { operator: Operator; isSelf: boolean }) {
  const router = useRouter();
  const update = useMutation({
    mutationFn: (patch: { role?: Role; disabled?: boolean }) => updateOperatorAction({ id: operator.id, ...patch }),
    onSuccess: () => router.refresh(),
  });
  const failure = update.data && "message" in update.data ? update.data.message : undefined;
  return (
    <Row>
      <RowHeader>{operator.email}</RowHeader>
      <Cell>{operator.name}</Cell>
      <Cell>
        <Select
          aria-label={`Role of ${operator.email}`}
          value={operator.role}
          disabled={isSelf || update.isPending}
          onChange={(event) => {
            const role = ROLES.find((candidate) => candidate === event.target.value);
            if (role) update.mutate({ role });
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </Select>
      </Cell>
      <Cell>{operator.disabled ? "Disabled" : "Active"}</Cell>
      <Cell>
        {!isSelf && (
          <Button
            onClick={() => update.mutate({ disabled: !operator.disabled })}
            disabled={update.isPending}
            aria-label={`${operator.disabled ? "Enable" : "Disable"} ${operator.email}`}
          >
            {operator.disabled ? "Enable" : "Disable"}
          </Button>
        )}
        {failure && (
          <span role="alert" className="ml-2 text-danger">
            {failure}
          </span>
        )}
      </Cell>
    </Row>
  );
}
