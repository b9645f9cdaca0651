// ESLint flat config: typescript-eslint's recommended rules. Not type-aware: the type-checked
// presets load the full provider SDK typings (azure-native alone is hundreds of MB of .d.ts) and ran
// out of the default heap after minutes; `tsc --strict` (npm run typecheck) already covers types.
// Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "vendor/", "coverage/", "test/fixtures/", "bench/results/", "**/*.cjs", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Values of `unknown` inputs are narrowed by hand everywhere resource inputs are read.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Where data crosses an untyped boundary, `any` is the honest type: the policy SDK's
    // PolicyResource.props is Record<string, any>; the mock monitor's requests are untyped protobuf
    // objects; resource inputs handed to mocks are whatever a program passed; tests read the
    // untyped JSON/SARIF/JSON-LD reports that the CLI prints.
    files: ["src/offline/**", "src/policy/args.ts", "src/policy/packages/**", "test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
