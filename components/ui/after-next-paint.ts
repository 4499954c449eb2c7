/** How long a hidden tab, which paints no frames, waits instead. */
const HIDDEN_TAB_WAIT_MS = 100;

/**
 * Resolves once the browser has painted the frame in progress: work started then (a follow-up
 * request, say) neither delays that frame nor competes with it for the machine.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, HIDDEN_TAB_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
