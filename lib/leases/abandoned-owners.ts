import { readFileSync } from "node:fs";

/** How often each process says it is alive. */
export const HEARTBEAT_MS = 5_000;
/** A process silent for this long has stopped: whatever it had in flight is "outcome unknown". */
export const LEASE_TIMEOUT_MS = 30_000;

export type ServerProcessRow = { id: string; host: string; pid: number; heartbeatAt: Date };

/**
 * The processes whose in-flight work is abandoned, as seen from `self`: silent past the timeout, or
 * on this host with a pid that no longer runs (a restart after `kill -9` need not wait for the timeout).
 */
export function abandonedOwners(
  processes: readonly ServerProcessRow[],
  { self, host, now, isRunning }: { self: string; host: string; now: number; isRunning: (pid: number) => boolean },
): string[] {
  return processes
    .filter((row) => row.id !== self)
    .filter((row) => now - row.heartbeatAt.getTime() > LEASE_TIMEOUT_MS || hasStopped(row, host, isRunning))
    .map((row) => row.id);
}

/**
 * Of the processes, those known to have stopped: on this host, with a pid that no longer runs. A
 * process that is only silent may yet wake and carry on with what it holds.
 */
export function stoppedOwners(
  processes: readonly ServerProcessRow[],
  { self, host, isRunning }: { self: string; host: string; isRunning: (pid: number) => boolean },
): string[] {
  return processes.filter((row) => row.id !== self && hasStopped(row, host, isRunning)).map((row) => row.id);
}

const hasStopped = (row: ServerProcessRow, host: string, isRunning: (pid: number) => boolean) =>
  row.host === host && !isRunning(row.pid);

/**
 * Whether a pid runs on this host (signal 0 only checks; EPERM means it runs as another user). A
 * zombie does not: a server killed with its parent stays one until some process reaps it, and a
 * container's init may take seconds to do so.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return processState(pid) !== "Z";
}

/** The state letter of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses); undefined off Linux. */
function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return undefined;
  }
}
