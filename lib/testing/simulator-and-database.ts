import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

import type { Caller } from "@/lib/auth/caller";
import { findEnvironment, type Environment } from "@/lib/config/env";
import { openDatabase, provideDatabase, type Database } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { startStandaloneSimulator } from "@/lib/simulator/standalone";

export type SimulatorAndDatabase = {
  /** The fresh embedded database the code under test records into (set once the suite's set-up ran). */
  db: Database;
  /** The app's "simulator" environment, pointed at this simulator. */
  environment: Environment;
  /** Sets the simulator's faults (`lib/simulator/control.ts`), e.g. an answer for the next calls of an Action. */
  setFaults(faults: unknown): Promise<void>;
};

/**
 * For a suite that calls ZIM as the app does: the real simulator on its own port, which the app's
 * "simulator" environment calls (as instances do with ZIM_SIM_URL), and a fresh embedded database
 * with `caller` as its operator.
 */
export function setUpSimulatorAndDatabase(caller: Caller): SimulatorAndDatabase {
  let simulator: Server;
  let simulatorUrl = "";
  const setup = {
    async setFaults(faults: unknown) {
      const response = await fetch(`${simulatorUrl}/control/faults`, { method: "POST", body: JSON.stringify(faults) });
      if (!response.ok) throw new Error(`the simulator refused the faults: HTTP ${response.status}`);
    },
  } as SimulatorAndDatabase;

  beforeAll(async () => {
    simulator = await startStandaloneSimulator({ port: 0, host: "127.0.0.1", controlToken: undefined });
    simulatorUrl = `http://127.0.0.1:${(simulator.address() as AddressInfo).port}`;
    process.env.ZIM_SIM_URL = simulatorUrl;
    const environment = findEnvironment("simulator");
    if (!environment) throw new Error("no simulator environment");
    setup.environment = environment;
    const opened = openDatabase({});
    provideDatabase(opened);
    setup.db = await opened;
    await setup.db.insert(user).values({ id: caller.id, name: caller.name, email: caller.email, role: caller.role });
  }, 30_000);
  afterAll(() => simulator.close());

  return setup;
}
