import { execFileSync } from "node:child_process";

/**
 * The resident memory, in MB, of the largest process in a process group: the server itself, not
 * the npx and shell wrappers that started it.
 */
export function serverRssMb(groupPid: number): number {
  try {
    const output = execFileSync("ps", ["-o", "rss=", "-g", String(groupPid)], { encoding: "utf8" });
    return Math.max(0, ...output.split("\n").map((line) => (Number(line.trim()) || 0) / 1024));
  } catch {
    return 0;
  }
}

/** Samples a process group's server RSS every 250 ms; `stop` answers the peak seen. */
export function samplePeakRss(groupPid: number | undefined): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    if (groupPid) peak = Math.max(peak, serverRssMb(groupPid));
  }, 250);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
