"use client";

import { useFormState } from "react-hook-form";

import type { SendFormValues } from "@/lib/zim/send-schema";

import { fieldId } from "./field-id";
import { listProblems, type Problem } from "./problem-list";

const SHOWN = 8;

/** The input a problem's link focuses: the field itself, or the first field of a list in error. */
function focusTarget(problem: Problem): string {
  if (problem.path === "friendInfos") return fieldId("friendInfos.0.userId");
  if (problem.path.endsWith(".attributes")) return fieldId(`${problem.path}.0.value`);
  return fieldId(problem.path);
}

function label(problem: Problem): string {
  const where = problem.row === undefined ? problem.field : `Row ${problem.row} ${problem.field}`;
  return problem.code === undefined ? where : `${where} ${problem.code}`;
}

/** "3 problems: row 4 UserId 660000012 …", each a link that focuses the field at fault. */
export function ProblemSummary({ onOpenRow }: { onOpenRow: (row: number) => void }) {
  const { errors } = useFormState<SendFormValues>();
  const problems = listProblems(errors);
  if (problems.length === 0) return null;

  function focus(problem: Problem) {
    if (problem.inDetail && problem.row !== undefined) onOpenRow(problem.row - 1);
    // The row's detail renders on the next frame when it was closed.
    requestAnimationFrame(() => {
      const element =
        document.getElementById(focusTarget(problem)) ??
        document.getElementById(fieldId(`friendInfos.${(problem.row ?? 1) - 1}.userId`));
      element?.focus();
    });
  }

  return (
    <nav aria-label="Problems" className="rounded border border-danger-line bg-danger-soft p-2 text-sm">
      <h3 className="font-semibold text-danger">
        {problems.length === 1 ? "1 problem" : `${problems.length} problems`} to fix before sending
      </h3>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {problems.slice(0, SHOWN).map((problem) => (
          <li key={problem.path}>
            <a
              href={`#${focusTarget(problem)}`}
              title={problem.message}
              onClick={(event) => {
                event.preventDefault();
                focus(problem);
              }}
              className="text-danger underline"
            >
              {label(problem)}
            </a>
          </li>
        ))}
        {problems.length > SHOWN && <li className="text-danger">and {problems.length - SHOWN} more</li>}
      </ul>
    </nav>
  );
}
