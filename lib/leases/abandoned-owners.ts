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
    .filter((row) => now - row.heartbeatAt.getTime() > LEASE_TIMEOUT_MS || (row.host === host && !isRunning(row.pid)))
    .map((row) => row.id);
}

/** Whether a pid runs on this host (signal 0 only checks). EPERM means it runs as another user. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
