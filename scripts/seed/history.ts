/**
 * Fills the console's database with a realistic history, for trying History at scale:
 *   npm run seed:history -- --targets 1000000 [--days 90] [--seed 7]
 * It writes to the database the app uses: DATABASE_URL, else PGlite in ZIM_DATA_DIR (./data).
 */
import { parseArgs } from "node:util";

import { getServerConfig } from "@/lib/config/env";
import { openDatabase } from "@/lib/db/client";
import { seedHistory } from "@/lib/history-seed/write-history";

const { values } = parseArgs({
  options: {
    targets: { type: "string", default: "1000000" },
    days: { type: "string", default: "90" },
    seed: { type: "string", default: "7" },
  },
});
const targets = Number(values.targets);
const days = Number(values.days);
if (!Number.isInteger(targets) || targets < 1 || !Number.isInteger(days) || days < 1) {
  console.error("Usage: npm run seed:history -- --targets <whole number ≥ 1> [--days <whole number ≥ 1>] [--seed <number>]");
  process.exit(2);
}

const database = getServerConfig().database;
console.log(
  `Seeding ${targets.toLocaleString("en-US")} target rows over ${days} days into ${database.url ? "PostgreSQL" : `PGlite at ${database.dataDir}`}…`,
);
const started = performance.now();
const db = await openDatabase(database);
let reported = 0;
const totals = await seedHistory(db, { targets, days, now: new Date(), seed: Number(values.seed) }, (progress) => {
  if (progress.targets - reported < 100_000) return;
  reported = progress.targets;
  console.log(`  ${progress.targets.toLocaleString("en-US")} targets…`);
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Seeded ${totals.sends.toLocaleString("en-US")} sends with ${totals.targets.toLocaleString("en-US")} targets, ` +
    `${totals.jobs.toLocaleString("en-US")} bulk jobs (${totals.rows.toLocaleString("en-US")} rows) and ` +
    `${totals.calls.toLocaleString("en-US")} QA calls in ${seconds} s.`,
);
// One line a script can read: values that exist in this history, to try History's filters with.
console.log(`SAMPLE ${JSON.stringify(totals.sample ?? {})}`);
process.exit(0);
