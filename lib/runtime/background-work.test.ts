import { describe, expect, test } from "vitest";

import { asInteractiveWork, inBackgroundTurn, LONGEST_DEFERRAL_MS } from "./background-work";

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
    await Promise.all([send, ...pieces]);
    expect(events).toEqual(["send starts", "send ends", "piece 1", "piece 2"]);
  });

  test("a piece waits for a long request only so long, and a failed request lets pieces go", async () => {
    const started = performance.now();
    let pieceAt = 0;
    const slowSend = asInteractiveWork(() => sleep(LONGEST_DEFERRAL_MS * 3));
    await inBackgroundTurn(() => {
      pieceAt = performance.now() - started;
    });
    expect(pieceAt).toBeGreaterThanOrEqual(LONGEST_DEFERRAL_MS - 5);
    expect(pieceAt).toBeLessThan(LONGEST_DEFERRAL_MS * 2);
    await slowSend;

    const failed = asInteractiveWork(async () => {
      await sleep(10);
      throw new Error("the call timed out");
    });
    const piece = inBackgroundTurn(() => "went");
    await expect(failed).rejects.toThrow("timed out");
    const afterFailure = performance.now();
    expect(await piece).toBe("went");
    expect(performance.now() - afterFailure).toBeLessThan(LONGEST_DEFERRAL_MS / 2);
  });

  test("without interactive requests a piece only waits for a turn of the event loop", async () => {
    const started = performance.now();
    await inBackgroundTurn(() => undefined);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
