/** The most arrivals in any sliding second: how ZIM judges a client's rate, from the simulator's timestamps. */
export function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= 1000) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/**
 * The shortest time that `count` consecutive arrivals spanned. With `count` one over the limit it
 * must stay at 1000 ms or more; what it has beyond that is the pacer's margin for jitter.
 */
export function tightestSpanMs(times: readonly number[], count: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let tightest = Number.POSITIVE_INFINITY;
  for (let first = 0; first + count - 1 < sorted.length; first += 1) {
    tightest = Math.min(tightest, (sorted[first + count - 1] ?? 0) - (sorted[first] ?? 0));
  }
  return tightest;
}
