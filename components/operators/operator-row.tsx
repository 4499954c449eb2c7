"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { updateOperatorAction } from "@/app/operators/actions";
import { Button } from "@/components/ui/button";
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
    <tr className="border-b border-slate-200">
      <th scope="row" className="py-1 pr-2 text-left font-normal">
        {operator.email}
      </th>
      <td className="py-1 pr-2">{operator.name}</td>
      <td className="py-1 pr-2">
        <select
          aria-label={`Role of ${operator.email}`}
          value={operator.role}
          disabled={isSelf || update.isPending}
          onChange={(event) => update.mutate({ role: event.target.value as Role })}
          className="rounded border border-slate-300 px-1 py-0.5"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </td>
      <td className="py-1 pr-2">{operator.disabled ? "Disabled" : "Active"}</td>
      <td className="py-1 pr-2">
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
          <span role="alert" className="ml-2 text-red-700">
            {failure}
          </span>
        )}
      </td>
    </tr>
  );
}
