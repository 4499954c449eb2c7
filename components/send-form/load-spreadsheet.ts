/** The block parser (and papaparse behind it) loads on the first paste, not with the page. */
export const loadSpreadsheet = () => import("@/lib/spreadsheet/spreadsheet-block");
export type Spreadsheet = Awaited<ReturnType<typeof loadSpreadsheet>>;
