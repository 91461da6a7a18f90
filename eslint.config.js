/**
 * ESLint (flat config): rules that catch real bugs, not style. `npm run lint`; run by `npm test`.
 * - typescript-eslint with type information: promises that are dropped or passed where a
 *   void callback is expected, awaiting non-promises, throwing non-errors.
 * - react-hooks: rules of hooks and effect dependencies.
 * - bayan/layers: the import layers of docs/architecture.md (lib/ never imports server/, app/ or
 *   components/; components/ never imports server/; lib/contract imports only zod and lib/domain;
 *   lib/text imports nothing; lib/extract never imports the store or ingestion; lib/store never imports
 *   lib/ingest (it receives identity keys, never derives them); scripts/ and
 *   server/ never import tests/).
 * - bayan/disable-reason: every `eslint-disable` comment says why after ` -- `; unused ones fail
 *   (reportUnusedDisableDirectives).
 * Speed: `npm run lint` and `npm test` pass `--cache --cache-strategy content --cache-location
 * node_modules/.cache/eslint/`, so unchanged files are not re-linted. The cache is per file: a type
 * change in one file does not re-lint the unchanged files that import it, so a typed-rule finding
 * there can be missed until they change; CI starts from a clean clone (no cache) and lints everything
 * (`npm run lint:full` does the same locally).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/** Directory rules: files under `from` may not import anything under a `forbid` prefix; with `only`, nothing else. */
const LAYERS = [
  { from: "lib/contract/", only: ["lib/contract/", "lib/domain/", "zod"], why: "lib/contract imports only zod and lib/domain" },
  { from: "lib/text/", only: ["lib/text/"], why: "lib/text (normalisation, the tokenizer) is the bottom layer" },
  { from: "lib/domain/", forbid: ["lib/store/", "lib/ingest/", "lib/extract/", "lib/client/", "lib/contract/"], why: "lib/domain sits below everything but lib/text" },
  { from: "lib/extract/", forbid: ["lib/store/", "lib/ingest/", "lib/client/"], why: "extraction is pure: text in, statements out" },
  { from: "lib/store/", forbid: ["lib/ingest/", "lib/extract/", "lib/client/"], why: "the store stores and compares the keys it is given (StoreKeys); identity is derived in lib/ingest" },
  { from: "lib/client/", forbid: ["lib/store/", "lib/ingest/", "lib/extract/"], why: "lib/client is browser code over lib/contract" },
  { from: "lib/", forbid: ["server/", "app/", "components/", "tests/", "scripts/"], why: "lib/ is below server/, app/ and components/" },
  { from: "components/", forbid: ["server/", "app/", "tests/", "scripts/"], why: "components/ run in the browser and never import server/" },
  { from: "app/", forbid: ["server/", "tests/", "scripts/"], why: "app/ renders pages; the API lives in server/" },
  { from: "server/", forbid: ["app/", "components/", "tests/", "scripts/"], why: "server/ is composed from lib/, never from tests/" },
  { from: "scripts/", forbid: ["tests/", "app/", "components/"], why: "scripts import from server/ or lib/, never from tests/" },
];

/** Repository-relative target of an import specifier, or the package name for bare specifiers. */
function target(spec, filename) {
  if (spec.startsWith("@/")) return { local: spec.slice(2) };
  if (spec.startsWith(".")) return { local: path.relative(ROOT, path.resolve(path.dirname(filename), spec)).split(path.sep).join("/") };
  if (spec.startsWith("node:")) return { pkg: spec };
  const parts = spec.split("/");
  return { pkg: spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
}

const under = (file, prefix) => file === prefix.replace(/\/$/, "") || file.startsWith(prefix);

const layers = {
  meta: { type: "problem", schema: [], messages: { layer: "{{spec}}: {{why}}" } },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join("/");
    const rules = LAYERS.filter((l) => under(file, l.from));
    if (rules.length === 0) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const spec = source.value;
      const t = target(spec, context.filename);
      for (const r of rules) {
        const bad = r.only
          ? !(t.local ? r.only.some((p) => under(t.local, p)) : r.only.includes(t.pkg))
          : !!t.local && r.forbid.some((p) => under(t.local, p));
        if (bad) {
          context.report({ node, messageId: "layer", data: { spec, why: r.why } });
          return;
        }
      }
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source.type === "Literal" ? n.source : null),
    };
  },
};

const disableReason = {
  meta: { type: "problem", schema: [], messages: { reason: "eslint-disable needs a reason on the same line: `-- why`" } },
  create(context) {
    return {
      Program() {
        for (const c of context.sourceCode.getAllComments()) {
          const text = c.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: c.loc, messageId: "reason" });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  {
    // Build outputs, databases, benchmark results and screenshots are never linted.
    ignores: [
      "node_modules/**", ".next/**", "data/**", "artifacts/**", "coverage/**", "bench/results/**", "tests/screenshots/**",
      "next-env.d.ts", "**/*.mjs", "lib/extract/places/data/**/*.json",
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["**/*.{ts,tsx,js}"],
    extends: [js.configs.recommended, tseslint.configs.eslintRecommended],
    languageOptions: {
      parser: tseslint.parser,
      // One TypeScript program from tsconfig.json (projectService); the two root .js config files are
      // outside it and are linted without type information (below) instead of through a second,
      // default project.
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
      globals: {
        console: "readonly", process: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly",
      },
    },
    plugins: {
      "@typescript-eslint": tseslint.plugin,
      "react-hooks": reactHooks,
      bayan: { rules: { layers, "disable-reason": disableReason } },
    },
    rules: {
      // TypeScript reports undefined names and unused locals itself.
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      "no-constant-condition": ["error", { checkLoops: false }],
      // Arabic character classes with combining marks are intended.
      "no-misleading-character-class": "off",
      "no-useless-escape": "off",
      "no-control-regex": "off",
      // `let x = null; try { x = f() } catch { x = null }` is a readable idiom here, not a bug.
      "no-useless-assignment": "off",

      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-for-in-array": "error",
      "@typescript-eslint/no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { args: "none", caughtErrors: "none", ignoreRestSiblings: true, varsIgnorePattern: "^_" }],

      "bayan/layers": "error",
      "bayan/disable-reason": "error",
    },
  },
  {
    // Root config files (not in tsconfig.json, no promises): every rule that needs no types still applies.
    files: ["*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Hooks live in the browser code only (server functions named use* are not hooks).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/client/**/*.{ts,tsx}"],
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
