// Prints one "suite: N passed, N failed" line per runner, from the JSON reports npm test wrote.
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);

const unit = read("reports/unit.json");
if (unit) console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);

const e2e = read("reports/e2e.json");
if (e2e) console.log(`e2e: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`);

if (!unit || !e2e) {
  console.error("A test report is missing: did npm test run both suites?");
  process.exit(1);
}
