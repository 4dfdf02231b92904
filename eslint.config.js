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

// The worker's side (journey, result, directory, offline) and the shared parts never depend on training or the
// administration, which build on them (decision 0025).
const workerSideAlone = {
  regex: "^(@/lib/|(\\.\\./)+(lib/)?)(training|admin)(/|$)",
  message:
    "The journey, the result, the directory, offline use and the shared parts of lib/ must not import training or the administration.",
};
const WORKER_SIDE = [
  "lib/journey/**",
  "lib/result/**",
  "lib/directory/**",
  "lib/offline/**",
  "lib/ui/**",
  "lib/legal/**",
  "lib/security/**",
  "lib/i18n/**",
  "lib/db/**",
].map((folder) => `${folder}/*.{ts,tsx}`);

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
    files: WORKER_SIDE,
    ignores: ["lib/**/*.server.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaOnlyInDataLayer, workerSideAlone] }] },
  },
  {
    files: WORKER_SIDE.map((glob) => glob.replace("*.{ts,tsx}", "*.server.ts")),
    rules: { "no-restricted-imports": ["error", { patterns: [workerSideAlone] }] },
  },
  {
    files: ["lib/dates.ts", "lib/i18n/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaOnlyInDataLayer, belowQuestionnaireAndDirectory, workerSideAlone] }] },
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
            workerSideAlone,
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
