import type { Page } from "@playwright/test";

/**
 * Waits until React has taken the server-rendered send form over: text typed before then is kept,
 * but Enter (to the next row) and Ctrl+Enter (send) do nothing yet. The form is live once a
 * keystroke in target 1 moves its length counter.
 */
export async function untilSendFormIsLive(page: Page, { timeoutMs = 30_000 } = {}): Promise<void> {
  const target = page.getByRole("group", { name: "Target 1", exact: true });
  const userId = target.getByLabel("UserId", { exact: true });
  const counter = target.getByRole("status", { name: "UserId length" });
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    // Another letter each time: React does not report a change to the value the field already holds.
    await userId.fill(attempt % 2 === 0 ? "x" : "y");
    const live = await counter
      .filter({ hasText: /^1\/32 bytes/ })
      .waitFor({ timeout: 1000 })
      .then(
        () => true,
        () => false,
      );
    if (live) break;
    if (Date.now() > deadline) throw new Error(`The send form did not answer a keystroke within ${timeoutMs} ms.`);
  }
  await userId.fill("");
  await counter.filter({ hasText: /^0\/32 bytes/ }).waitFor();
}
