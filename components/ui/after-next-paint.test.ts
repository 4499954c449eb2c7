import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { afterNextPaint } from "./after-next-paint";

describe("afterNextPaint", () => {
  let frames: FrameRequestCallback[];

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return async () => {
      await vi.advanceTimersByTimeAsync(0);
      return done;
    };
  };

  it("waits for the frame and the task after it, not longer", async () => {
    const isDone = settled(afterNextPaint());
    expect(await isDone()).toBe(false);
    for (const frame of frames) frame(0);
    expect(await isDone()).toBe(true);
  });

  it("still resolves in a hidden tab, where no frame comes", async () => {
    const isDone = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(99);
    expect(await isDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone()).toBe(true);
  });
});
