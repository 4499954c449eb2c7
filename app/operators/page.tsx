import { NewOperatorForm } from "@/components/operators/new-operator-form";
import { OperatorEventsTable } from "@/components/operators/operator-events-table";
import { OperatorRow } from "@/components/operators/operator-row";
import { Table } from "@/components/ui/table";
import { listOperatorEvents } from "@/lib/audit/operator-events";
import { listOperators } from "@/lib/auth/operators";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";

const RECENT_CHANGES = 100;

export default async function OperatorsPage() {
  const caller = await requirePageCaller();
  if (!hasRole(caller.role, "admin")) {
    return (
      <p role="alert" className="text-sm">
        Only admins manage operators.
      </p>
    );
  }
  const [operators, events] = await Promise.all([listOperators(), listOperatorEvents({ limit: RECENT_CHANGES })]);
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
    </div>
  );
}
