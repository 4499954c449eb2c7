import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";

/** The top of a send's or QA call's record: who made it, where it went, then the record's own fields. */
export function AuditRecord({
  record,
  children,
}: {
  record: { operatorEmail: string; environmentName: string; appId: number; production: boolean };
  children: ReactNode;
}) {
  return (
    <dl aria-label="Audit record" className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm md:grid-cols-4">
      <dt className="text-muted">Operator</dt>
      <dd className="break-all">{record.operatorEmail}</dd>
      <dt className="text-muted">Environment</dt>
      <dd>
        {record.environmentName} · AppId {record.appId}
        {record.production && (
          <Badge tone="danger" className="ml-1">
            production
          </Badge>
        )}
      </dd>
      {children}
    </dl>
  );
}
