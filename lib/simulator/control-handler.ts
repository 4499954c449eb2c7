import "server-only";

import { z } from "zod";

import {
  addPopulation,
  clearFaults,
  configPatchSchema,
  decideApplication,
  decisionSchema,
  describeState,
  faultsSchema,
  populationSchema,
} from "./control";
import { getSimulator, resetSimulator } from "./instance";

const resetSchema = z.object({ seed: z.boolean().default(true) }).strict();

type Command = (body: unknown) => Response;

function invalid(error: z.ZodError): Response {
  return Response.json({ error: z.prettifyError(error) }, { status: 400 });
}

function withBody<T>(schema: z.ZodType<T>, run: (input: T) => Response): Command {
  return (body) => {
    const parsed = schema.safeParse(body ?? {});
    return parsed.success ? run(parsed.data) : invalid(parsed.error);
  };
}

const state = () => Response.json(describeState(getSimulator(), Date.now()));

/** POST commands of the simulator's control surface, by name (`/sim/control/<name>`). */
const COMMANDS: Record<string, Command> = {
  reset: withBody(resetSchema, ({ seed }) => {
    resetSimulator({ seed });
    return state();
  }),
  config: withBody(configPatchSchema, (patch) => {
    Object.assign(getSimulator().config, patch);
    return state();
  }),
  faults: withBody(faultsSchema, (faults) => {
    getSimulator().faults = faults;
    return state();
  }),
  "clear-faults": () => {
    clearFaults(getSimulator());
    return state();
  },
  population: withBody(populationSchema, (population) => {
    addPopulation(getSimulator(), population, Date.now());
    return state();
  }),
  applications: withBody(decisionSchema, (decision) => {
    const result = decideApplication(getSimulator(), decision, Date.now());
    return result.ok ? state() : Response.json({ error: result.error }, { status: 404 });
  }),
};

export function readControlState(): Response {
  return state();
}

/** The arrival time of each recent call, for judging a client's pace where it lands. */
export function readArrivals(): Response {
  return Response.json({ arrivals: getSimulator().arrivals });
}

export async function runControlCommand(command: string, request: Request): Promise<Response> {
  const run = COMMANDS[command];
  if (!run)
    return Response.json({ error: `Unknown command ${command}; one of ${Object.keys(COMMANDS).join(", ")}` }, { status: 404 });
  const text = await request.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    return Response.json({ error: "Body is not JSON" }, { status: 400 });
  }
  return run(body);
}
