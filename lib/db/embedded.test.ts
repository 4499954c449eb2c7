import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { openDatabase } from "./client";
import { initialiseDataDir } from "./embedded";

const parent = mkdtempSync(path.join(tmpdir(), "zim-embedded-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe("the embedded database's data folder", () => {
  it("is created by a child process, so this process never carries initdb's memory", () => {
    const dataDir = path.join(parent, "fresh");
    initialiseDataDir(dataDir);
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
  }, 60_000);

  it("opens with small shared buffers and keeps what was written across a reopen", async () => {
    const dataDir = path.join(parent, "kept");
    const first = await openDatabase({ dataDir });
    await first.execute(sql`create table note (text text)`);
    await first.execute(sql`insert into note values ('kept')`);
    const buffers = (await first.execute(sql`show shared_buffers`)) as unknown as {
      rows: { shared_buffers: string }[];
    };
    expect(buffers.rows[0]?.shared_buffers).toBe("32MB");
    await (first as unknown as { $client: { close: () => Promise<void> } }).$client.close();

    const again = await openDatabase({ dataDir });
    const notes = (await again.execute(sql`select text from note`)) as unknown as { rows: { text: string }[] };
    expect(notes.rows).toEqual([{ text: "kept" }]);
  }, 60_000);
});
