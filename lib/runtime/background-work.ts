/**
 * Embedded PGlite runs in the server's own thread and its statements settle as microtasks, so a
 * loop of statements or row checks never yields by itself: a 10,000-row part going up in the
 * background held the pacer's slots, the simulator and interactive sends for its whole length
 * (sends of 1 to 2.5 s meanwhile; README).
 */

const GLOBAL_KEY = Symbol.for("zim-friend-console.background-work");

type BackgroundWork = {
  /** The pieces queued so far, one after another. */
  line: Promise<unknown>;
  /** Interactive requests of this process in flight. */
  interactive: number;
  /** Pieces waiting for those requests to end. */
  waiting: Set<() => void>;
};

// On globalThis: each route is bundled apart, and all of them must share one line of pieces.
type WithBackground = typeof globalThis & { [GLOBAL_KEY]?: BackgroundWork };

function shared(): BackgroundWork {
  const holder = globalThis as WithBackground;
  holder[GLOBAL_KEY] ??= { line: Promise.resolve(), interactive: 0, waiting: new Set() };
  return holder[GLOBAL_KEY];
}

/**
 * The longest a piece waits for interactive requests to end: a send takes tens of milliseconds, and
 * a steady stream of them (a suite, a busy shift) must slow a list going up, not stop it.
 */
export const LONGEST_DEFERRAL_MS = 200;

const yieldToTimers = () => new Promise<void>((resolve) => setImmediate(resolve));

function interactiveWorkEnded(work: BackgroundWork): Promise<void> {
  if (work.interactive === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const go = () => {
      clearTimeout(timer);
      work.waiting.delete(go);
      resolve();
    };
    const timer = setTimeout(go, LONGEST_DEFERRAL_MS);
    work.waiting.add(go);
  });
}

/**
 * Runs a request someone is waiting on (a send, a check, a lookup): pieces of background work that
 * have not started wait until it ends (up to LONGEST_DEFERRAL_MS each), so each of its statements
 * waits behind at most the one piece already running instead of one piece per statement.
 */
export async function asInteractiveWork<T>(request: () => Promise<T>): Promise<T> {
  const work = shared();
  work.interactive += 1;
  try {
    return await request();
  } finally {
    work.interactive -= 1;
    if (work.interactive === 0) for (const go of [...work.waiting]) go();
  }
}

/**
 * Runs a short piece of background work (a slice of a list being checked or written) after the
 * pieces queued before it, from any request of this process, once other work has had a turn: two
 * uploads side by side take one piece per turn of the event loop between them, not one each.
 */
export function inBackgroundTurn<T>(piece: () => Promise<T> | T): Promise<T> {
  const work = shared();
  const run = work.line
    .then(yieldToTimers)
    .then(() => interactiveWorkEnded(work))
    .then(piece);
  work.line = run.catch(() => undefined);
  return run;
}
