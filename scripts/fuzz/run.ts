import fc from "fast-check";

import { buildProperties } from "../../lib/fuzz/properties";
import { fuzzSendAction } from "./send-action";

/**
 * `npm run fuzz [runs]`: every property at least 10,000 times with a fresh seed (printed, so a failure
 * can be replayed), then the send action over HTTP against the built app. Prints counts by result kind.
 */
async function main() {
  const runs = Math.max(10_000, Number(process.argv[2]) || 0);
  const seed = Date.now() % 2 ** 31;
  let failed = 0;
  console.log(`Property-based fuzzing, ${runs} cases per property, seed ${seed}\n`);
  for (const { name, property, counts, slowest } of buildProperties()) {
    const started = performance.now();
    const result = fc.check(property, { seed, numRuns: runs });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${result.failed ? "FAILED" : "ok    "} ${name} (${result.numRuns} cases, ${seconds} s, slowest case ${slowest.ms.toFixed(1)} ms)`,
    );
    for (const [kind, count] of [...counts.entries()].sort((a, b) => b[1] - a[1]))
      console.log(`         ${String(count).padStart(6)}  ${kind}`);
    if (result.failed) {
      failed += 1;
      console.log(`         counterexample: ${fc.stringify(result.counterexample)}\n         ${String(result.errorInstance)}`);
    }
  }
  const http = await fuzzSendAction({ cases: runs });
  console.log(`\nThe send action over HTTP, ${http.cases} cases against the built app:`);
  for (const [kind, count] of [...http.counts.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(count).padStart(6)}  ${kind}`);
  const generic = http.counts.get("failed (generic)") ?? 0;
  const serverErrors = [...http.counts.entries()]
    .filter(([kind]) => kind.startsWith("HTTP 5"))
    .reduce((sum, [, count]) => sum + count, 0);
  const hangs = http.counts.get("no answer within 10 s") ?? 0;
  console.log(`\n${generic} generic failures, ${serverErrors} 5xx from our code, ${hangs} hangs`);
  const properties = buildProperties().length;
  console.log(
    `fuzz: ${properties + 1 - failed - (generic + serverErrors + hangs > 0 ? 1 : 0)} passed, ${failed + (generic + serverErrors + hangs > 0 ? 1 : 0)} failed`,
  );
  if (failed > 0 || generic + serverErrors + hangs > 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
