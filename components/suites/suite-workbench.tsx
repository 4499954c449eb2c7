"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { runSuiteCaseAction, saveSuiteAction } from "@/app/suites/actions";
import { useEnvironment } from "@/components/layout/environment-context";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { describeRefusal, isRefusal } from "@/lib/actions/action-result";
import { compareCase } from "@/lib/qa/compare";
import { parseSuiteCases, type SuiteCase } from "@/lib/qa/suite";
import { generateBoundarySuite } from "@/lib/qa/suite-generator";

import { SuiteGeneratorForm } from "./suite-generator-form";
import { SuiteResults, type CaseRun } from "./suite-results";

export function SuiteWorkbench({
  batchLimit,
  saved,
  initial,
}: {
  batchLimit: number;
  saved: { name: string; count: number; updatedBy: string }[];
  initial?: { name: string; cases: SuiteCase[] };
}) {
  const router = useRouter();
  const { selected: environment } = useEnvironment();
  const [text, setText] = useState(initial ? JSON.stringify(initial.cases, null, 2) : "");
  const [name, setName] = useState(initial?.name ?? "");
  const [runs, setRuns] = useState<CaseRun[]>([]);
  const [progress, setProgress] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [confirmation, setConfirmation] = useState("");

  async function run() {
    const parsed = parseSuiteCases(text);
    if (!parsed.ok) return setProblem(parsed.error);
    setProblem(undefined);
    const done: CaseRun[] = [];
    setRuns([]);
    for (const [index, entry] of parsed.value.entries()) {
      setProgress(`Running case ${index + 1} of ${parsed.value.length}: ${entry.name}`);
      const answer = await runSuiteCaseAction({ environmentId: environment.id, entry, confirmation });
      if (isRefusal(answer)) {
        setProgress(undefined);
        return setProblem(describeRefusal(answer));
      }
      done.push({ index, entry, actual: answer.actual, verdict: compareCase(entry.expect, answer.actual) });
      setRuns([...done]);
    }
    setProgress(undefined);
  }

  async function save() {
    const parsed = parseSuiteCases(text);
    if (!parsed.ok) return setProblem(parsed.error);
    const answer = await saveSuiteAction({ name, cases: parsed.value });
    if (isRefusal(answer)) return setProblem(describeRefusal(answer));
    setProblem(undefined);
    setProgress(`Saved as “${answer.name}”.`);
    router.refresh();
  }

  const exportHref = `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;

  return (
    <div className="space-y-4">
      {saved.length > 0 && (
        <nav aria-label="Saved suites" className="text-sm">
          Saved suites:{" "}
          {saved.map((suite) => (
            <Link
              key={suite.name}
              href={`/suites?name=${encodeURIComponent(suite.name)}`}
              className="mr-3 text-accent hover:underline"
            >
              {suite.name} ({suite.count})
            </Link>
          ))}
        </nav>
      )}
      <SuiteGeneratorForm
        batchLimit={batchLimit}
        onGenerate={(inputs) => setText(JSON.stringify(generateBoundarySuite(inputs, Date.now()), null, 2))}
      />
      <div>
        <label htmlFor="suite-cases" className="text-sm font-medium">
          Cases (JSON: name, setup calls, request, expected Code and ErrorList)
        </label>
        <Textarea
          id="suite-cases"
          rows={16}
          value={text}
          onChange={(event) => setText(event.target.value)}
          spellCheck={false}
          className="mt-1 w-full font-mono text-xs"
        />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        {environment.production && (
          <div>
            <label htmlFor="suite-confirmation" className="text-xs font-medium text-danger">
              Production: type the environment&apos;s name
            </label>
            <Input
              id="suite-confirmation"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              className="mt-1 block border-danger-line"
            />
          </div>
        )}
        <Button variant="primary" onClick={run} disabled={progress?.startsWith("Running") || text.trim() === ""}>
          Run suite on {environment.name}
        </Button>
        <div>
          <label htmlFor="suite-name" className="text-xs font-medium">
            Suite name
          </label>
          <Input id="suite-name" value={name} onChange={(event) => setName(event.target.value)} className="mt-1 block" />
        </div>
        <Button onClick={save} disabled={text.trim() === ""}>
          Save suite
        </Button>
        {text.trim() !== "" && (
          <a href={exportHref} download={`${name || "suite"}.json`} className="rounded border border-border px-3 py-1.5 text-sm">
            Export suite
          </a>
        )}
      </div>
      {progress && (
        <p role="status" className="text-sm text-muted">
          {progress}
        </p>
      )}
      {problem && (
        <Notice role="alert" tone="error">
          {problem}
        </Notice>
      )}
      {runs.length > 0 && <SuiteResults runs={runs} />}
    </div>
  );
}
