import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const prismaOnlyInDataLayer = {
  group: ["**/generated/prisma/**", "@prisma/*", "@electric-sql/pglite", "@electric-sql/pglite/*", "pglite-prisma-adapter", "pg"],
  message: "Only lib/**/*.server.ts touches the Prisma client, the database drivers and the schema engine.",
};

// Dates, i18n and the step definition are building blocks of the journey and the directory, not the other way round.
const belowQuestionnaireAndDirectory = {
  regex: "^(@/lib/|(\\.\\.?/)+(lib/)?)(journey|directory)(/|$)",
  message:
    "lib/dates.ts, lib/i18n and lib/journey/step-definition.ts must not import from lib/journey or lib/directory: take shared types such as Locale and Localised from machines/.",
};

const config = [
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // The journey is plain links and forms so that it works without JavaScript and ships little of it.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // Playwright fixtures call their argument `use`, which is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.server.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaOnlyInDataLayer] }] },
  },
  {
    files: ["lib/dates.ts", "lib/i18n/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaOnlyInDataLayer, belowQuestionnaireAndDirectory] }] },
  },
  {
    files: ["lib/journey/step-definition.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaOnlyInDataLayer,
            belowQuestionnaireAndDirectory,
            {
              regex: "^\\./",
              message: "step-definition.ts is the base of lib/journey: the other modules there import it, not the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["machines/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prismaOnlyInDataLayer,
            {
              group: ["next", "next/*", "**/*.server", "@/lib/*", "@/app/*", "node:*"],
              message: "machines/ is pure: xstate and its own files only.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "fetch", "process"],
    },
  },
];

export default config;
