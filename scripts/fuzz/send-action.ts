import fc from "fast-check";

import { builtServerActions, callServerAction } from "../../e2e/support/server-actions";
import { postSetupForm, sessionCookie } from "../../e2e/support/setup-form";
import { actionInput, validForm } from "../../lib/fuzz/properties";
import { BENCH_BASE, startServer, stopServer } from "../bench/server";

const CONCURRENCY = 8;
const HANG_MS = 10_000;

function classify(status: number, body: string): string {
  if (status >= 500) return `HTTP ${status}`;
  const kind = /"status":"([a-z-]+)"/.exec(body)?.[1];
  if (kind === "invalid") return body.includes('"path":""') ? "invalid, naming no path" : "invalid (names the path)";
  if (kind === "failed") return body.includes("Something went wrong") ? "failed (generic)" : "failed (explained)";
  return kind ?? `HTTP ${status}, no result`;
}

/** Posts generated inputs to the send action of the built app, as an operator would, and counts the answers. */
export async function fuzzSendAction({ cases }: { cases: number }): Promise<{ cases: number; counts: Map<string, number> }> {
  const server = await startServer();
  try {
    const cookie = sessionCookie(
      await postSetupForm({ base: BENCH_BASE, name: "Fuzz", email: "fuzz@example.test", password: "fuzz-password" }),
    );
    const action = builtServerActions().find(({ name }) => name.endsWith("#sendFriendApplicationAction"));
    if (!action) throw new Error("the build has no send action");
    // Mostly whatever a caller could post, and a fifth well-formed sends that go out to the simulator.
    const validSend = fc.record({
      form: validForm,
      environmentId: fc.constant("simulator"),
      submissionId: fc.uuid({ version: 4 }),
    });
    const inputs = fc.sample(fc.oneof({ arbitrary: actionInput, weight: 4 }, { arbitrary: validSend, weight: 1 }), {
      numRuns: cases,
      seed: 42,
    });
    const counts = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < inputs.length) {
        const argument = inputs[next++];
        const answer = await Promise.race([
          callServerAction({ base: BENCH_BASE, id: action.id, page: action.page, argument, cookie }).then(({ status, body }) =>
            classify(status, body),
          ),
          new Promise<string>((resolve) => setTimeout(() => resolve("no answer within 10 s"), HANG_MS)),
        ]).catch(() => "no answer (connection failed)");
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { cases: inputs.length, counts };
  } finally {
    stopServer(server);
  }
}
