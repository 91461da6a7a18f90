/**
 * The test command (`npm test`): typecheck and lint (each counts as one test), builds the Next app
 * when the build is missing or older than the sources (browser tests run the production server),
 * runs the unit and integration tests, then the browser tests one file at a time, and ends with one line
 * `N passed, N failed, N skipped`.
 *
 *   npm test                 everything
 *   npm test -- unit         only tests/unit (any path filter is passed to vitest)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const artifacts = join(root, "artifacts");
mkdirSync(artifacts, { recursive: true });
const filters = process.argv.slice(2);
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", NEXT_TELEMETRY_DISABLED: "1" };

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const buildId = join(root, ".next", "BUILD_ID");
  const sources = Math.max(...["app", "components", "lib"].map((d) => newestMtime(join(root, d))),
    statSync(join(root, "package.json")).mtimeMs, statSync(join(root, "next.config.js")).mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return;
  console.log("[test] building the Next app for the browser tests (next build)...");
  const r = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) {
    console.log("[test] next build failed");
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTestSuites: number;
  numFailedTestSuites: number;
  testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
}

function runVitest(name: string, args: string[]): VitestJson | null {
  const out = join(artifacts, `vitest-${name}.json`);
  const r = spawnSync("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${out}`], {
    cwd: root, env, stdio: "inherit",
  });
  if (!existsSync(out)) {
    console.log(`[test] vitest (${name}) produced no report (exit ${r.status})`);
    return null;
  }
  return JSON.parse(readFileSync(out, "utf8")) as VitestJson;
}

const wantsE2e = filters.length === 0 || filters.some((f) => f.includes("e2e"));
const nodeFilters = filters.length === 0 ? ["tests/unit", "tests/integration"] : filters.filter((f) => !f.includes("e2e"));

// The typed contract is compile-checked on both sides (server and browser) as part of the suite.
let typecheckFailed = 0;
if (filters.length === 0) {
  console.log("[test] typecheck (tsc --noEmit)");
  const tc = spawnSync("npx", ["tsc", "--noEmit", "-p", "."], { cwd: root, env, stdio: "inherit" });
  if (tc.status !== 0) typecheckFailed = 1;
  console.log(tc.status === 0 ? "[test] typecheck passed" : "[test] typecheck FAILED");
}

// Lint guards the layers and the promise/hook rules (eslint.config.js); a lint error fails the suite like a type error.
let lintFailed = 0;
if (filters.length === 0) {
  console.log("[test] lint (eslint)");
  // Same flags as `npm run lint` (cache in node_modules/.cache/eslint/; a clean clone such as CI lints everything).
  const lint = spawnSync("npx", [
    "eslint", "--max-warnings", "0", "--cache", "--cache-strategy", "content", "--cache-location", "node_modules/.cache/eslint/", ".",
  ], { cwd: root, env, stdio: "inherit" });
  if (lint.status !== 0) lintFailed = 1;
  console.log(lint.status === 0 ? "[test] lint passed" : "[test] lint FAILED");
}

const reports: (VitestJson | null)[] = [];
if (nodeFilters.length > 0) reports.push(runVitest("node", nodeFilters));
if (wantsE2e) {
  buildIfStale();
  reports.push(runVitest("e2e", [...(filters.filter((f) => f.includes("e2e")).length ? filters.filter((f) => f.includes("e2e")) : ["tests/e2e"]), "--no-file-parallelism"]));
}

let passed = filters.length === 0 ? 2 - typecheckFailed - lintFailed : 0, failed = typecheckFailed + lintFailed, skipped = 0;
for (const r of reports) {
  if (!r) { failed += 1; continue; }
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A file that fails to load (syntax error, failing beforeAll) has no assertions but must count.
  for (const f of r.testResults) {
    if (f.status === "failed" && f.assertionResults.length === 0) failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
