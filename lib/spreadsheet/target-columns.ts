import { ATTRIBUTE_KEYS, type AttributeKey } from "@/lib/zim/limits";

/** The columns a pasted or uploaded block can fill, in the grid's order. */
export const TARGET_COLUMNS = ["userId", "wording", "friendAlias", ...ATTRIBUTE_KEYS] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];

/** Header spellings people use in sheets, compared without case, spaces, dashes or underscores. */
const HEADER_ALIASES: Record<string, TargetColumn> = {
  userid: "userId",
  user: "userId",
  touserid: "userId",
  target: "userId",
  wording: "wording",
  message: "wording",
  friendalias: "friendAlias",
  alias: "friendAlias",
  ...Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, key])),
};

/** A header cell as it is compared: no case, spaces, dashes or underscores. */
export const squashHeader = (cell: string) => cell.toLowerCase().replace(/[\s_-]+/g, "");

/** The column a header cell names, if it names one. */
export function columnForHeader(cell: string): TargetColumn | undefined {
  return HEADER_ALIASES[squashHeader(cell)];
}

export function isAttributeColumn(column: TargetColumn): column is AttributeKey {
  return (ATTRIBUTE_KEYS as readonly string[]).includes(column);
}
