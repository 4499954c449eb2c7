import "server-only";

import type { z } from "zod";

import { getCaller, type Caller } from "@/lib/auth/caller";
import { hasRole, type Role } from "@/lib/auth/roles";
import { getServerConfig, type Environment } from "@/lib/config/env";
import type { Lane } from "@/lib/pacing/pacer";
import { ok, type Result } from "@/lib/result/result";
import { asInteractiveWork, inBackgroundTurn } from "@/lib/runtime/background-work";
import { recordStep, stepTimings, timeStep, withStepTimer } from "@/lib/timing/step-timer";

import type { ActionResult, Refusal } from "./action-result";
import { openEnvironment, type EnvironmentGate } from "./environment-gate";
import { toIssues } from "./issues";

type ActionSpec<Schema extends z.ZodType, Output, Context> = {
  name: string;
  /** The weakest role allowed to call it. */
  role: Role;
  schema: () => Schema;
  handler: (input: z.output<Schema>, context: Context) => Promise<ActionResult<Output>>;
  /**
   * "bulk" for an action that carries or writes a long list (a part of one going up, queuing a
   * job): it parses and writes in background turns. Any other action has someone waiting on it,
   * and background work gives way to it.
   */
  lane?: Lane;
};

export type ZimContext<Loaded> = { caller: Caller; environment: Environment; loaded: Loaded };

/**
 * The steps every action shares: session and role check, re-parse with the shared schema, the
 * handler, and errors mapped to a plain result that leaks nothing. No action can skip a step.
 */
function buildAction<Schema extends z.ZodType, Output>(
  { name, role, schema, lane = "interactive" }: Pick<ActionSpec<Schema, Output, never>, "name" | "role" | "schema" | "lane">,
  run: (input: z.output<Schema>, caller: Caller) => Promise<ActionResult<Output>>,
): (input: unknown) => Promise<ActionResult<Output>> {
  const act = async (input: unknown): Promise<ActionResult<Output>> => {
    const caller = await timeStep("session", getCaller);
    if (!caller) return { status: "denied", message: "Your session has ended.", signedOut: true };
    if (!hasRole(caller.role, role)) return { status: "denied", message: `This needs the ${role} role; you are ${caller.role}.` };
    const started = performance.now();
    const parse = () => schema().safeParse(input);
    const parsed = lane === "bulk" ? await inBackgroundTurn(parse) : parse();
    recordStep("validation", performance.now() - started);
    if (!parsed.success) return { status: "invalid", issues: toIssues(parsed.error) };
    try {
      return await run(parsed.data, caller);
    } catch (error) {
      // Log the name only: an error's message or stack could carry a request URL.
      console.error(`Action ${name} failed: ${error instanceof Error ? error.name : typeof error}`);
      return { status: "failed", message: "Something went wrong on the server. Try again." };
    }
  };
  const timed = (input: unknown) =>
    withStepTimer(async () => {
      const result = await act(input);
      const timing = stepTimings();
      if (timing && getServerConfig().logTiming) console.log(`Action ${name}: ${timing.summary}`);
      return result;
    });
  return lane === "bulk" ? timed : (input) => asInteractiveWork(() => timed(input));
}

/** A server action that never calls ZIM. */
export function defineAction<Schema extends z.ZodType, Output>(
  spec: ActionSpec<Schema, Output, { caller: Caller }>,
): (input: unknown) => Promise<ActionResult<Output>> {
  return buildAction(spec, (input, caller) => spec.handler(input, { caller }));
}

/**
 * A server action that calls ZIM. It declares where its calls go (`environment`, from the input or
 * from a record `load` read) and the wrapper resolves that environment and applies the production
 * gate before the handler runs; the handler only ever sees an environment it may call.
 */
export function defineZimAction<Schema extends z.ZodType, Output, Loaded = undefined>(
  spec: ActionSpec<Schema, Output, ZimContext<Loaded>> & {
    load?: (input: z.output<Schema>) => Promise<Result<Loaded, Refusal>>;
    environment: (input: z.output<Schema>, loaded: Loaded) => EnvironmentGate;
  },
): (input: unknown) => Promise<ActionResult<Output>> {
  return buildAction(spec, async (input, caller) => {
    const loaded = spec.load ? await spec.load(input) : ok(undefined as Loaded);
    if (!loaded.ok) return loaded.error;
    const started = performance.now();
    const environment = openEnvironment({ gate: spec.environment(input, loaded.value), caller });
    recordStep("validation", performance.now() - started);
    if (!environment.ok) return environment.error;
    return spec.handler(input, { caller, environment: environment.value, loaded: loaded.value });
  });
}
