import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";

import { describeTiming, type SendTiming, type TimedStep } from "./send-timing";

type Steps = Partial<Record<TimedStep, number>>;

const current = new AsyncLocalStorage<{ steps: Steps; started: number }>();

/** Runs `work` with a fresh set of step timings, which `timeStep` and `recordStep` below fill in. */
export function withStepTimer<T>(work: () => Promise<T>): Promise<T> {
  return current.run({ steps: {}, started: performance.now() }, work);
}

export function recordStep(step: TimedStep, ms: number): void {
  const timer = current.getStore();
  if (timer) timer.steps[step] = (timer.steps[step] ?? 0) + ms;
}

/** Times one step of the current request; outside `withStepTimer` it only runs it. */
export async function timeStep<T>(step: TimedStep, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordStep(step, performance.now() - started);
  }
}

/** The steps so far and the time since the request began, rounded to 0.1 ms. */
export function stepTimings(): SendTiming | undefined {
  const timer = current.getStore();
  if (!timer) return undefined;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const steps = Object.fromEntries(Object.entries(timer.steps).map(([step, ms]) => [step, round(ms)]));
  const totalMs = round(performance.now() - timer.started);
  return { steps, totalMs, summary: describeTiming({ steps, totalMs }) };
}
