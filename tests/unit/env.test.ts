import { describe, expect, it } from "vitest";
import { ConfigError, loadEnv } from "../../lib/env";

describe("loadEnv", () => {
  it("applies documented defaults to an empty environment", () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.SQLITE_PATH).toBe("./data/bayan.db");
    expect(env.DEMO).toBe("auto");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.INGEST_MAX_BATCH).toBe(500);
  });

  it("coerces numbers and treats empty strings as unset", () => {
    const env = loadEnv({ PORT: "0", DEMO_RATE: "120", API_KEY: "", DATABASE_URL: "" });
    expect(env.PORT).toBe(0);
    expect(env.DEMO_RATE).toBe(120);
    expect(env.API_KEY).toBeUndefined();
  });

  it("fails fast with the full list of problems", () => {
    let err: unknown;
    try {
      loadEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", DEMO: "maybe", API_KEY: "short" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const problems = (err as ConfigError).problems.join("\n");
    for (const key of ["PORT", "DATABASE_URL", "DEMO", "API_KEY"]) expect(problems).toContain(key);
  });
});
