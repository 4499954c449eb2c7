import { expect, type Locator, type Page } from "@playwright/test";

import { switchOffAutoChecks } from "../support/auto-check";
import { untilSendFormIsLive } from "../support/form-live";

export type TargetInput = {
  userId: string;
  wording?: string;
  friendAlias?: string;
  attributes?: { key: string; value: string }[];
};

/** The send form and its result, located by role and label as a user finds them. */
export class SendPage {
  constructor(readonly page: Page) {}

  /** Opens the form with no draft left over from an earlier test; checks run only when asked. */
  async open({ autoCheck = false }: { autoCheck?: boolean } = {}) {
    await this.page.goto("/");
    await this.page.evaluate(() => window.localStorage.clear());
    if (!autoCheck) await switchOffAutoChecks(this.page);
    await this.page.reload();
    // What is typed before React takes the form over is its own test, in form.spec.
    await untilSendFormIsLive(this.page);
  }

  get fromUserId(): Locator {
    return this.page.getByLabel("FromUserId", { exact: true });
  }

  target(position: number): Locator {
    return this.page.getByRole("group", { name: `Target ${position}`, exact: true });
  }

  /** Opens the row's detail (attributes, and times behind Advanced) if it is closed. */
  async openDetails(position: number) {
    const toggle = this.page.getByRole("button", { name: `Details of target ${position}`, exact: true });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    return this.target(position);
  }

  /** The row's CreateTime and UpdateTime fields, behind Advanced in its detail. */
  async openTimes(position: number) {
    const row = await this.openDetails(position);
    const advanced = row.getByRole("button", { name: "Advanced: CreateTime, UpdateTime" });
    if ((await advanced.getAttribute("aria-expanded")) !== "true") await advanced.click();
    return row;
  }

  async fillTarget(position: number, input: TargetInput) {
    const row = this.target(position);
    await row.getByLabel("UserId", { exact: true }).fill(input.userId);
    if (input.wording !== undefined) await row.getByLabel("Wording", { exact: true }).fill(input.wording);
    if (input.friendAlias !== undefined) await row.getByLabel("FriendAlias", { exact: true }).fill(input.friendAlias);
    if (input.attributes?.length) await this.openDetails(position);
    for (const [index, attribute] of (input.attributes ?? []).entries()) {
      await row.getByRole("button", { name: "Add attribute" }).click();
      const item = row.getByRole("group", { name: `Attribute ${index + 1}` });
      await item.getByLabel("Key").selectOption(attribute.key);
      await item.getByLabel("Value").fill(attribute.value);
    }
  }

  /** Fills FromUserId and the targets, adding rows as needed. */
  async compose(fromUserId: string, targets: TargetInput[]) {
    await this.fromUserId.fill(fromUserId);
    for (const [index, target] of targets.entries()) {
      if (index > 0) await this.page.getByRole("button", { name: "Add target" }).click();
      await this.fillTarget(index + 1, target);
    }
  }

  async send() {
    await this.page.getByRole("button", { name: "Send friend requests" }).click();
  }

  get result(): Locator {
    return this.page.getByRole("region", { name: "Result" });
  }

  resultRow(userId: string): Locator {
    return this.result.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: userId, exact: true }) });
  }

  async expectRow(userId: string, outcome: "Sent" | "Failed", subCode?: number) {
    const row = this.resultRow(userId);
    await expect(row).toContainText(outcome);
    if (subCode !== undefined) await expect(row).toContainText(String(subCode));
  }
}
