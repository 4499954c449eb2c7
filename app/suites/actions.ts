"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction, defineZimAction } from "@/lib/actions/define-action";
import { runSuiteCase } from "@/lib/qa/run-suite-case";
import { suiteCaseSchema, suiteCasesSchema, suiteNameSchema } from "@/lib/qa/suite";
import { saveSuite } from "@/lib/qa/suite-store";

export const runSuiteCaseAction = defineZimAction({
  name: "runSuiteCase",
  role: "operator",
  schema: () => z.object({ environmentId: z.string().min(1), entry: suiteCaseSchema, confirmation: z.string().default("") }),
  environment: ({ environmentId, confirmation }) => ({ environmentId, confirmation, expected: "environment name" }),
  handler: async ({ entry }, { caller, environment }) => ({
    status: "ran" as const,
    actual: await runSuiteCase({ caller, environment, entry }),
  }),
});

export const saveSuiteAction = defineAction({
  name: "saveSuite",
  role: "operator",
  schema: () => z.object({ name: suiteNameSchema, cases: suiteCasesSchema }),
  handler: async ({ name, cases }, { caller }) => {
    await saveSuite({ name, cases, updatedBy: caller.email });
    revalidatePath("/suites");
    return { status: "saved" as const, name };
  },
});
