import { describe, expect, it } from "vitest";
import { recoveryDelay } from "../../../components/recovery/useRecovery";

describe("recovery backoff", () => {
  it("starts at 2 s, doubles, and is capped at 5 minutes", () => {
    expect(recoveryDelay(0)).toBe(2_000);
    expect(recoveryDelay(1)).toBe(4_000);
    expect(recoveryDelay(3)).toBe(16_000);
    expect(recoveryDelay(20)).toBe(300_000);
  });
});
