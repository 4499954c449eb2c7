import type { Caller } from "@/lib/auth/caller";
import type { Environment } from "@/lib/config/env";

/** The operator and environment columns of an audit record, as stored. */
export function whoAndWhere({ caller, environment }: { caller: Caller; environment: Environment }) {
  return {
    operatorId: caller.id,
    operatorEmail: caller.email,
    environmentId: environment.id,
    environmentName: environment.name,
    production: environment.production,
    appId: environment.appId,
  };
}
