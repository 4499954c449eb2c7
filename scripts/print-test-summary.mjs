// Prints "label: N passed, N failed" (and any skipped) for each report named on the command line:
// `unit` reads Vitest's JSON report, any other label the Playwright JSON report.
import { existsSync, readFileSync } from "node:fs";

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);

let missing = false;
for (const label of process.argv.slice(2)) {
  if (label === "unit") {
    const unit = read("reports/unit.json");
    if (unit) console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
    else missing = true;
  } else {
    const e2e = read("reports/e2e.json");
    if (e2e) {
      const skipped = e2e.stats.skipped ? `, ${e2e.stats.skipped} skipped` : "";
      console.log(`${label}: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed${skipped}`);
    } else missing = true;
  }
}
if (missing) {
  console.error("A test report is missing: did the suite run?");
  process.exit(1);
}
