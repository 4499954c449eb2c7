import { NewOperatorForm } from "@/components/operators/new-operator-form";
import { OperatorRow } from "@/components/operators/operator-row";
import { listOperators } from "@/lib/auth/operators";
import { canAct, requirePageCaller } from "@/lib/auth/page-guard";

export default async function OperatorsPage() {
  const caller = await requirePageCaller();
  if (!canAct(caller, "admin")) {
    return (
      <p role="alert" className="text-sm">
        Only admins manage operators.
      </p>
    );
  }
  const operators = await listOperators();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Operators</h1>
      <p className="max-w-prose text-sm text-slate-700">
        viewer: reads history, codes and results. operator: also sends to non-production environments. admin: also sends to
        production and manages operators.
      </p>
      <NewOperatorForm />
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Everyone who can sign in</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-600">
            {["Email", "Name", "Role", "State", ""].map((label) => (
              <th key={label} scope="col" className="py-1 pr-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {operators.map((operator) => (
            <OperatorRow key={operator.id} operator={operator} isSelf={operator.id === caller.id} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
