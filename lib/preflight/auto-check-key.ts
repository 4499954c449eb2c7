/** The browser setting for automatic checks; e2e tests switch it off so only the tests about checks make read calls. */
export const AUTO_CHECK_KEY = "zim-friend-console:auto-check";
