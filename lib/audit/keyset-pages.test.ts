import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { send } from "@/lib/db/schema";
import { seedHistory } from "@/lib/history-seed/write-history";

import { parseHistoryQuery } from "./history-query";
import { encodeCursor } from "./keyset";
import { listSends } from "./send-store";

let db: Database;
const PAGE = 7;

beforeAll(async () => {
  const opened = openDatabase({});
  provideDatabase(opened);
  db = await opened;
  await seedHistory(db, { targets: 400, days: 3, now: new Date(), seed: 5 });
}, 60_000);

const page = (params: Record<string, string>) => listSends(parseHistoryQuery(params), PAGE);

describe("History's keyset pages", () => {
  it("walk every send once, newest first, and walk back through the same pages", async () => {
    const [total] = await db.select({ value: count() }).from(send);
    const forward: string[][] = [];
    let current = await page({});
    expect(current.newer).toBeUndefined();
    for (;;) {
      forward.push(current.rows.map((row) => row.id));
      const times = current.rows.map((row) => row.createdAt);
      expect(times).toEqual([...times].sort().reverse());
      if (!current.older) break;
      current = await page({ before: encodeCursor(current.older) });
    }
    const seen = forward.flat();
    expect(seen).toHaveLength(total?.value ?? -1);
    expect(new Set(seen).size).toBe(seen.length);

    // From the oldest page, Newer leads back through the same pages to the newest, which has no Newer.
    const backward: string[][] = [forward.at(-1) ?? []];
    while (current.newer) {
      current = await page({ after: encodeCursor(current.newer) });
      backward.unshift(current.rows.map((row) => row.id));
    }
    expect(backward).toEqual(forward);
  });

  it("counts up to the cap and says when it stopped", async () => {
    const { total } = await page({});
    const [all] = await db.select({ value: count() }).from(send);
    expect(total).toBe(Math.min(all?.value ?? 0, 1001));
  });

  it("filters by a SubCode any target failed with", async () => {
    const { rows } = await page({ code: "660700015" });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const codes =
        row.outcome?.status === "answered"
          ? [row.outcome.result.code, ...row.outcome.result.targets.map((target) => target.subCode)]
          : [];
      expect(codes).toContain(660700015);
    }
  });
});
