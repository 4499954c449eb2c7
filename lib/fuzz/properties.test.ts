import fc from "fast-check";
import { describe, it } from "vitest";

import { buildProperties } from "./properties";

/** A fixed seed in CI, so a failure is reproducible; `npm run fuzz` runs each property 10,000 times or more. */
const SEED = 20261127;

describe("property-based checks", () => {
  for (const { name, property } of buildProperties()) {
    it(name, () => fc.assert(property, { seed: SEED, numRuns: 200 }), 60_000);
  }
});
