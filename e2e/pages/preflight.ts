import { expect, type Locator, type Page } from "@playwright/test";

import type { SendPage } from "./send-page";

/** The send form's preflight: each target's prediction in the grid and in the panel. */
export class Preflight {
  constructor(
    readonly page: Page,
    readonly sendPage: SendPage,
  ) {}

  get panel(): Locator {
    return this.page.getByRole("region", { name: "Preflight" });
  }

  status(position: number): Locator {
    return this.sendPage.target(position).getByRole("status", { name: `Status of target ${position}` });
  }

  /** Waits until every listed target shows its predicted label in the grid. */
  async expectPredictions(predictions: string[]) {
    for (const [index, label] of predictions.entries()) {
      await expect(this.status(index + 1)).toHaveText(`Predicted: ${label}`);
    }
  }

  async checkNow() {
    await this.panel.getByRole("button", { name: "Check targets" }).click();
  }

  /** The box that leaves targets predicted to fail out of the send. */
  get sendOnlyPredicted(): Locator {
    return this.panel.getByLabel("Send only targets predicted to succeed");
  }
}
