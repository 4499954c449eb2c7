import type { Metadata } from "next";

import { SuiteWorkbench } from "@/components/suites/suite-workbench";
import { requirePageCaller } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { getPublicConfig } from "@/lib/config/public-config";
import { listSuites, loadSuite } from "@/lib/qa/suite-store";

export const metadata: Metadata = { title: "Suites" };

export default async function SuitesPage({ searchParams }: PageProps<"/suites">) {
  const caller = await requirePageCaller();
  if (!hasRole(caller.role, "operator"))
    return (
      <p role="alert" className="text-sm">
        Your role ({caller.role}) cannot run suites.
      </p>
    );
  const { name } = await searchParams;
  const selected = typeof name === "string" ? name : undefined;
  const [saved, cases] = await Promise.all([listSuites(), selected ? loadSuite(selected) : undefined]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Edge-case suites</h1>
      <p className="mb-4 max-w-prose text-sm text-muted">
        Generate the boundary cases of ZIM&apos;s rules, each with the answer ZIM should give, run them against the picked
        environment (paced under the rate limit), and compare. Edit the cases, save them by name, re-run and export them.
      </p>
      <SuiteWorkbench
        key={selected ?? ""}
        batchLimit={getPublicConfig().batchLimit}
        saved={saved.map(({ name: savedName, count, updatedBy }) => ({ name: savedName, count, updatedBy }))}
        initial={selected && cases ? { name: selected, cases } : undefined}
      />
    </>
  );
}
