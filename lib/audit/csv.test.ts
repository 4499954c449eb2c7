import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { FORMULA_LEADS, toCsv } from "./csv";

const DANGEROUS = ["=1+1", "@SUM(1+1)", '=HYPERLINK("http://example.test","click")', "+1", "-1", "\tx", "\rx"];

describe("CSV exports are safe to open in a spreadsheet", () => {
  it("turns every formula-leading cell into text, and reads the rest back unchanged", () => {
    const csv = toCsv([["UserId", "Note"], ...DANGEROUS.map((id) => [id, 'plain, with a comma and "quotes"'])]);
    const cells: string[][] = parse(csv);
    expect(cells[0]).toEqual(["UserId", "Note"]);
    for (const [index, id] of DANGEROUS.entries()) {
      const [userId, note] = cells[index + 1] ?? [];
      expect(userId).toBe(`'${id}`);
      expect(note).toBe('plain, with a comma and "quotes"');
    }
    const opensAsFormula = cells.flat().filter((cell) => FORMULA_LEADS.some((lead) => cell.startsWith(lead)));
    expect(opensAsFormula).toEqual([]);
  });
});
