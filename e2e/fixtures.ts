import { test as base } from "@playwright/test";

import { SendPage } from "./pages/send-page";
import { simulator } from "./support/simulator";

/** Every test starts from the seeded simulator and an empty form. */
export const test = base.extend<{ sendPage: SendPage }>({
  sendPage: async ({ page }, provide) => {
    await simulator.reset();
    const sendPage = new SendPage(page);
    await sendPage.open();
    await provide(sendPage);
  },
});

export { expect } from "@playwright/test";
