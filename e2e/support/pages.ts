/** The pages any signed-in operator can open, beyond the send page: checked for accessibility and narrow screens. */
export const OPERATOR_PAGES = [
  "/bulk",
  "/users?id=agent_amy&with=oneway_olga",
  "/history",
  "/history/calls",
  "/search?q=agent",
  "/codes",
  "/codes/660800027",
  "/codes/123456789",
  "/decode",
  "/send-as-is",
  "/suites",
  "/no-such-page",
] as const;
