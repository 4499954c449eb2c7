import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";

import { PASSWORD } from "./support/accounts";
import { startServer, stopServer } from "./support/server-process";
import { postSetupForm } from "./support/setup-form";

const PORT = 3102;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = "reports/e2e-setup-race-data";
const ATTEMPTS = 16;
/** .ci/run gives this test an empty PostgreSQL database of its own; without one it races on embedded PGlite. */
const DATABASE_URL = process.env.E2E_SETUP_DATABASE_URL ?? "";

test.use({ storageState: { cookies: [], origins: [] } });

test(`${ATTEMPTS} first-run setups at once make exactly one admin`, async () => {
  test.setTimeout(90_000);
  rmSync(DATA_DIR, { recursive: true, force: true });
  const server = await startServer({ port: PORT, dataDir: DATA_DIR, env: { DATABASE_URL } });
  try {
    const answers = await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, index) => {
        const response = await postSetupForm({
          base: BASE,
          name: `Racer ${index}`,
          email: `racer-${index}@race.test`,
          password: PASSWORD,
        });
        return {
          signedIn: response.headers.getSetCookie().some((cookie) => cookie.includes("session_token")),
          status: response.status,
        };
      }),
    );
    expect(
      answers.filter(({ signedIn }) => signedIn),
      JSON.stringify(answers),
    ).toHaveLength(1);
    expect(answers.every(({ status }) => status < 500)).toBe(true);
    if (DATABASE_URL) {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      const { rows } = await client.query<{ count: string }>('select count(*) from "user"');
      await client.end();
      expect(Number(rows[0]?.count)).toBe(1);
    }
  } finally {
    stopServer(server);
  }
});
