import type { Page } from "@playwright/test";

/** `count` fans of the seeded simulator (registered strangers to every sender), from `first` on. */
export const fans = (count: number, first = 1) =>
  Array.from({ length: count }, (_, index) => `fan_${String(first + index).padStart(4, "0")}`);

/** A CSV with one row per target from one sender, in the columns the bulk page reads. */
export function csvFor(fromUserId: string, userIds: readonly string[]): string {
  return ["FromUserId,UserId", ...userIds.map((userId) => `${fromUserId},${userId}`)].join("\n");
}

/** Chooses a file in the bulk page's file input, as a user picking it from disk. */
export async function uploadList(page: Page, text: string, name = "list.csv") {
  await page.getByLabel("CSV or TSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
}

/** Queues the list shown and waits for its job page. */
export async function queueJob(page: Page, targets: number) {
  await page.getByRole("button", { name: `Queue ${targets.toLocaleString("en")} targets` }).click();
  await page.waitForURL(/\/bulk\/[0-9a-f-]{36}$/);
}
