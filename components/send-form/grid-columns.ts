/** One column template for the header and every row, so they line up; rows stack below md. */
export const GRID_COLUMNS =
  "md:grid md:grid-cols-[1.25rem_1.75rem_minmax(8rem,13rem)_minmax(9rem,1fr)_minmax(6rem,9rem)_minmax(7rem,10rem)_5.5rem_5.25rem] md:items-center md:gap-2";
