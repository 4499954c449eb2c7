import type { CaseActual, ErrorItem, SuiteCase } from "./suite";

export type CaseVerdict = { match: boolean; differences: string[] };

const pairs = (errors: readonly ErrorItem[]) => errors.map(({ UserId, SubCode }) => `${UserId}:${SubCode}`).sort();

/** Expected vs actual: the same Code and the same ErrorList, in any order. */
export function compareCase(expected: SuiteCase["expect"], actual: CaseActual): CaseVerdict {
  if (actual.status === "failed") return { match: false, differences: [`no ZIM answer: ${actual.message}`] };
  const differences: string[] = [];
  if (actual.code !== expected.code) differences.push(`Code ${actual.code}, expected ${expected.code}`);
  const [want, got] = [pairs(expected.errors), pairs(actual.errors)];
  const missing = want.filter((pair) => !got.includes(pair));
  const extra = got.filter((pair) => !want.includes(pair));
  if (missing.length > 0) differences.push(`missing from ErrorList: ${missing.join(", ")}`);
  if (extra.length > 0) differences.push(`unexpected in ErrorList: ${extra.join(", ")}`);
  if (want.length !== got.length && missing.length === 0 && extra.length === 0)
    differences.push(`ErrorList has ${got.length} entries, expected ${want.length}`);
  return { match: differences.length === 0, differences };
}
