import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Settings of the embedded database. PGlite allocates shared buffers up front inside its WebAssembly
 * memory, which never shrinks: the default 128 MB alone held a third of the process's memory.
 * Reads that miss these buffers are served by the operating system's file cache, so History at a
 * million rows still answers within its budget (README, "History at a million rows").
 */
export const EMBEDDED_SETTINGS = ["shared_buffers = 32MB"];

const INITIALISE = `
import { PGlite } from "@electric-sql/pglite";
const db = new PGlite(process.argv[1]);
await db.waitReady;
await db.close();
`;

/**
 * Creates a new data folder in a short-lived child process. Creating one runs initdb inside the
 * WebAssembly module, which grows the process by about 500 MB that it never hands back; in a child,
 * that memory goes when the child exits. If the child cannot run, PGlite creates the folder itself.
 */
export function initialiseDataDir(dataDir: string): void {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) return;
  mkdirSync(dataDir, { recursive: true });
  try {
    execFileSync(process.execPath, ["--input-type=module", "-e", INITIALISE, dataDir], {
      cwd: process.cwd(),
      stdio: "ignore",
      timeout: 120_000,
    });
  } catch {
    // PGlite will run initdb in this process instead: more memory, same database.
  }
}
