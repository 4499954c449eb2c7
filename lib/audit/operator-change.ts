import type { Role } from "@/lib/auth/roles";

/** One change to an operator account, as the audit trail keeps it. */
export type OperatorChange =
  { kind: "created"; role: Role } | { kind: "role-changed"; from: Role; to: Role } | { kind: "disabled" } | { kind: "enabled" };

export function describeOperatorChange(change: OperatorChange): string {
  switch (change.kind) {
    case "created":
      return `Created as ${change.role}`;
    case "role-changed":
      return `Role changed from ${change.from} to ${change.to}`;
    case "disabled":
      return "Disabled (signed out everywhere)";
    case "enabled":
      return "Enabled again";
  }
}
