import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

import { asInteractiveWork, inBackgroundTurn, LONGEST_DEFERRAL_MS } from "./background-work";

// Fake timers: what is asserted is when a piece runs by the clock the code reads, so a slow or busy
// machine cannot fail these tests, and they take no real time.
beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "Date"] }));
afterEach(() => vi.useRealTimers());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("background work and interactive requests", () => {
  test("a piece queued during a send starts once the send has ended, and pieces keep their order", async () => {
    const events: string[] = [];
    const send = asInteractiveWork(async () => {
      events.push("send starts");
      await sleep(30);
      events.push("send ends");
    });
    const pieces = [1, 2].map((piece) => inBackgroundTurn(() => events.push(`piece ${piece}`)));
    await vi.advanceTimersByTimeAsync(29);
    expect(events).toEqual(["send starts"]);
    await vi.runAllTimersAsync();
    await Promise.all([send, ...pieces]);
    expect(events).toEqual(["send starts", "send ends", "piece 1", "piece 2"]);
  });

  test("a piece waits for a long request only so long, and a failed request lets pieces go", async () => {
    const started = Date.now();
    let pieceAt: number | undefined;
    const slowSend = asInteractiveWork(() => sleep(LONGEST_DEFERRAL_MS * 3));
    const piece = inBackgroundTurn(() => {
      pieceAt = Date.now() - started;
    });
    await vi.advanceTimersByTimeAsync(LONGEST_DEFERRAL_MS - 1);
    expect(pieceAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await piece;
    expect(pieceAt).toBe(LONGEST_DEFERRAL_MS);
    await vi.advanceTimersByTimeAsync(LONGEST_DEFERRAL_MS * 2);
    await slowSend;

    const failed = asInteractiveWork(async () => {
      await sleep(10);
      throw new Error("the call timed out");
    });
    const failedOutcome = expect(failed).rejects.toThrow("timed out");
    let wentAt: number | undefined;
    const afterFailure = inBackgroundTurn(() => {
      wentAt = Date.now() - started;
    });
    await vi.advanceTimersByTimeAsync(10);
    await failedOutcome;
    await afterFailure;
    expect(wentAt).toBe(LONGEST_DEFERRAL_MS * 3 + 10);
  });

  test("without interactive requests a piece only waits for a turn of the event loop", async () => {
    const started = Date.now();
    let ranAt: number | undefined;
    const piece = inBackgroundTurn(() => {
      ranAt = Date.now() - started;
    });
    expect(ranAt).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await piece;
    expect(ranAt).toBe(0);
  });
});
