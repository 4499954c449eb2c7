import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Never parse dependencies while following imports: only our own modules can form a cycle.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      // Folders depend one way (app -> components -> lib, lib/zim on nothing): a cycle means a concern is split wrong.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "data/**",
    "reports/**",
  ]),
]);
