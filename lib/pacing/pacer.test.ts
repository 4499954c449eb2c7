import { beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type Database } from "@/lib/db/client";

import { callIntervalMs, takeSlot, type Lane } from "./pacer";

let db: Database;

beforeAll(async () => {
  db = await openDatabase({});
}, 30_000);

/** The most calls that started within any one second. */
function busiestSecond(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

async function callsFrom(client: string, count: number, appId: number, lane: Lane, starts: number[]) {
  const settings = { rateLimit: 50, bulkShare: 0.8 };
  await Promise.all(
    Array.from({ length: count }, async () => {
      await takeSlot(db, { appId, lane, settings });
      starts.push(Date.now());
    }),
  );
  return client;
}

describe("the pacer", () => {
  it("keeps two clients of one database under the limit in every sliding second, at nearly the full rate", async () => {
    const starts: number[] = [];
    const began = performance.now();
    await Promise.all([callsFrom("a", 60, 7, "interactive", starts), callsFrom("b", 60, 7, "interactive", starts)]);
    const seconds = (performance.now() - began) / 1000;
    expect(starts).toHaveLength(120);
    expect(busiestSecond(starts)).toBeLessThanOrEqual(50);
    // 120 calls at 50/s with 3% headroom: about 2.4 s, not more than 10% slower.
    expect(seconds).toBeGreaterThanOrEqual((119 * callIntervalMs({ rateLimit: 50 })) / 1000 - 0.05);
    expect(120 / seconds).toBeGreaterThan(50 * 0.97 * 0.9);
  }, 20_000);

  it("lets an interactive call through within about one interval while a bulk job uses its share", async () => {
    const bulk = callsFrom("bulk", 80, 8, "bulk", []);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const waited = await takeSlot(db, { appId: 8, lane: "interactive", settings: { rateLimit: 50, bulkShare: 0.8 } });
    await bulk;
    expect(waited).toBeLessThan(2 * callIntervalMs({ rateLimit: 50 }) + 15);
  }, 20_000);

  it("paces each AppId on its own", async () => {
    const began = performance.now();
    await Promise.all([callsFrom("a", 20, 9, "interactive", []), callsFrom("b", 20, 10, "interactive", [])]);
    expect(performance.now() - began).toBeLessThan(20 * callIntervalMs({ rateLimit: 50 }) + 200);
  }, 20_000);
});
