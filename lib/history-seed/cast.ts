import type { Random } from "./random";
import { integerBelow, weighted } from "./random";

/** Who and what a seeded history is about: operators, environments, agents, customers, tickets. */
export const OPERATOR_COUNT = 40;
export const FROM_USER_COUNT = 2_000;
export const TARGET_USER_COUNT = 400_000;

export const operatorOf = (index: number) => ({
  id: `seed-operator-${String(index).padStart(2, "0")}`,
  email: `agent${String(index).padStart(2, "0")}@support.example`,
});

type SeedEnvironment = { environmentId: string; environmentName: string; production: boolean; appId: number };

export const ENVIRONMENTS: readonly [SeedEnvironment, SeedEnvironment, SeedEnvironment] = [
  { environmentId: "simulator", environmentName: "Simulator", production: false, appId: 1 },
  { environmentId: "staging", environmentName: "Staging", production: false, appId: 1234567 },
  { environmentId: "production", environmentName: "Production", production: true, appId: 7654321 },
];

export const fromUserOf = (index: number) => `agent_${String(index).padStart(4, "0")}`;
export const targetUserOf = (index: number) => `user_${String(index).padStart(6, "0")}`;

export function pickOperator(random: Random) {
  // A few operators do most of the work, as on a real support floor.
  return operatorOf(Math.floor(OPERATOR_COUNT * random() ** 2));
}

export const pickEnvironment = (random: Random) =>
  weighted(random, [
    [ENVIRONMENTS[0], 10],
    [ENVIRONMENTS[1], 30],
    [ENVIRONMENTS[2], 60],
  ]);

export const pickFromUser = (random: Random) => fromUserOf(Math.floor(FROM_USER_COUNT * random() ** 1.5));
export const pickTargetUser = (random: Random) => targetUserOf(integerBelow(random, TARGET_USER_COUNT));

/** Most sends carry a ticket; the rest a few words or nothing. */
export const pickReason = (random: Random) =>
  weighted(random, [
    [`ZD-${100_000 + integerBelow(random, 900_000)}`, 80],
    [`JIRA-SUP-${1_000 + integerBelow(random, 9_000)}`, 8],
    ["migration", 2],
    ["", 10],
  ]);

/** ZIM's RequestIds are long digit strings. */
export const newRequestId = (random: Random) =>
  `${1 + integerBelow(random, 9)}${String(integerBelow(random, 1e9)).padStart(9, "0")}${String(integerBelow(random, 1e9)).padStart(9, "0")}`;

/** The SubCodes a target fails with, as often as support sees them. */
export const FAILURE_SUBCODES: readonly (readonly [number, number])[] = [
  [660700015, 50],
  [660800027, 25],
  [660800022, 8],
  [660800028, 8],
  [660800020, 5],
  [660800046, 4],
];
