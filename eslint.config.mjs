import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "jsx-a11y/no-autofocus": "error",
      // One naming rule: exported types carry a T prefix (zod schemas are Z..., their inferred types T...).
      "@typescript-eslint/naming-convention": ["error", { selector: ["typeAlias", "interface"], modifiers: ["exported"], format: ["PascalCase"], prefix: ["T"] }],
      // App Router only: the rule looks for a pages/ directory.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    // lib/ is the running product's domain; launcher, test support and scripts depend on it, never the reverse.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(prisma|e2e|bench|tools)(/|$)",
              message: "lib/ is the domain: it imports nothing from prisma/, e2e/, bench/ or tools/ (move the code or invert the dependency).",
            },
            {
              regex: "^@/(prisma|e2e|bench|tools)(/|$)",
              message: "lib/ is the domain: it imports nothing from prisma/, e2e/, bench/ or tools/ (move the code or invert the dependency).",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
