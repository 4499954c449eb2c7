/**
 * Embedded PGlite runs in the server's own thread and its statements settle as microtasks, so a
 * loop of statements or row checks never yields by itself: a 10,000-row part going up in the
 * background held the pacer's slots, the simulator and interactive sends for its whole length
 * (sends of 1 to 2.5 s meanwhile; README).
 */

const GLOBAL_KEY = Symbol.for("zim-friend-console.background-work");
// On globalThis: each route is bundled apart, and all of them must share one line of pieces.
type WithBackground = typeof globalThis & { [GLOBAL_KEY]?: Promise<unknown> };

const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a short piece of background work (a slice of a list being checked or written) after the
 * pieces queued before it, from any request of this process, once other work has had a turn: two
 * uploads side by side take one piece per turn of the event loop between them, not one each.
 */
export function inBackgroundTurn<T>(work: () => Promise<T> | T): Promise<T> {
  const holder = globalThis as WithBackground;
  const run = (holder[GLOBAL_KEY] ?? Promise.resolve()).then(yieldToTimers).then(work);
  holder[GLOBAL_KEY] = run.catch(() => undefined);
  return run;
}
