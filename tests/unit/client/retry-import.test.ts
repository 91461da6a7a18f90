import { describe, expect, it } from "vitest";
import { retryImport } from "../../../lib/client/retryImport";

describe("retryImport", () => {
  it("retries a failing load until it succeeds", async () => {
    let calls = 0;
    const value = await retryImport(async () => {
      calls++;
      if (calls < 3) throw new Error("ChunkLoadError");
      return "chart";
    }, 5, 1);
    expect(value).toBe("chart");
    expect(calls).toBe(3);
  });

  it("gives up after the last attempt with the original error", async () => {
    let calls = 0;
    await expect(retryImport(async () => { calls++; throw new Error("still down"); }, 3, 1)).rejects.toThrow("still down");
    expect(calls).toBe(3);
  });
});
