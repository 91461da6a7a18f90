/** The write API key: API_KEY, or one generated once into `<dir of SQLITE_PATH>/api-key` (mode 0600) and reused. */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export interface ApiKeyInfo {
  key: string;
  /** True when this start generated a new key. */
  generated: boolean;
  /** File the key was read from / saved to (null when it came from API_KEY). */
  file: string | null;
}

export function resolveApiKey(env: { API_KEY?: string; SQLITE_PATH: string }): ApiKeyInfo {
  if (env.API_KEY) return { key: env.API_KEY, generated: false, file: null };
  const file = join(dirname(resolve(env.SQLITE_PATH)), "api-key");
  if (existsSync(file)) {
    const key = readFileSync(file, "utf8").trim();
    if (key.length >= 16) return { key, generated: false, file };
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(24).toString("base64url");
  writeFileSync(file, key + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key, generated: true, file };
}
