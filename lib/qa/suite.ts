import { z } from "zod";

import { fail, ok, type Result } from "@/lib/result/result";

/** A ZIM call that puts state in place before a case (e.g. make a one-way friendship). */
const setupStepSchema = z.strictObject({
  action: z.string().min(1),
  method: z.enum(["POST", "GET"]).default("POST"),
  params: z.record(z.string(), z.unknown()),
});

const errorItemSchema = z.strictObject({ UserId: z.string(), SubCode: z.number().int() });

/** One case: optional setup calls, a SendFriendApplication body, and what ZIM should answer. */
export const suiteCaseSchema = z.strictObject({
  name: z.string().min(1).max(200),
  setup: z.array(setupStepSchema).max(5).default([]),
  request: z.record(z.string(), z.unknown()),
  expect: z.strictObject({ code: z.number().int(), errors: z.array(errorItemSchema).default([]) }),
});

export const suiteCasesSchema = z.array(suiteCaseSchema).min(1, "A suite needs at least one case").max(100);

export type SuiteCase = z.infer<typeof suiteCaseSchema>;
export type ErrorItem = z.infer<typeof errorItemSchema>;

export type CaseActual =
  | { status: "answered"; code: number; errors: ErrorItem[]; requestId: string; setupCodes: number[] }
  | { status: "failed"; message: string };

export const suiteNameSchema = z
  .string()
  .trim()
  .min(1, "Name the suite")
  .max(80)
  .regex(/^[\w .-]+$/, "Letters, digits, spaces, dots, dashes and underscores only");

/** The cases as edited in the workbench: JSON, then the suite's schema; the first problem is named. */
export function parseSuiteCases(text: string): Result<SuiteCase[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`The cases are not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = suiteCasesSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail(`Case ${issue?.path.join(".")}: ${issue?.message}`);
}
