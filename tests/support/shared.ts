/**
 * Tests that read ../shared (corpora, reference files, tools): outside CI they skip with a message
 * when it is absent; with CI=true they run, so a missing ../shared fails instead of passing silently.
 */
import { existsSync } from "node:fs";

/** True when the test should be skipped: a path is missing and CI is not set. Prints why. */
export function skipWithoutShared(label: string, ...paths: string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return false;
  if (process.env.CI === "true") return false;
  console.warn(`[${label}] skipped: ${missing.join(", ")} not found (../shared is absent; CI=true requires it)`);
  return true;
}
