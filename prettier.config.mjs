/** One formatter for the whole tree: `npm run format` writes, `npm test` checks. */
const config = {
  printWidth: 130,
  plugins: ["@ianvs/prettier-plugin-sort-imports"],
  importOrder: ["<BUILTIN_MODULES>", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[./]"],
};

export default config;
