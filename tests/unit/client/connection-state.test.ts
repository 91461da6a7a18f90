import { describe, expect, it } from "vitest";
import { OFFLINE_AFTER_MS, RESTART_OFFLINE_AFTER_MS, shownState } from "../../../lib/client/connection";

describe("shown connection state (dashboard and wall)", () => {
  const since = 1_000_000;
  it("stays reconnecting until OFFLINE_AFTER_MS after the drop, then shows offline", () => {
    expect(shownState({ state: "reconnecting", since }, since + OFFLINE_AFTER_MS - 1)).toBe("reconnecting");
    expect(shownState({ state: "reconnecting", since }, since + OFFLINE_AFTER_MS)).toBe("offline");
    // The dashboard used to keep "Reconnecting…" at 24 s while the wall said OFFLINE.
    expect(shownState({ state: "reconnecting", since }, since + 24_000)).toBe("offline");
  });
  it("a first connect that never succeeds also ends offline; live and offline are shown as they are", () => {
    expect(shownState({ state: "connecting", since }, since + 5_000)).toBe("connecting");
    expect(shownState({ state: "connecting", since }, since + OFFLINE_AFTER_MS)).toBe("offline");
    expect(shownState({ state: "live", since }, since + 10 * OFFLINE_AFTER_MS)).toBe("live");
    expect(shownState({ state: "offline", since }, since)).toBe("offline");
  });
  it("the server snapshot (since 0) is never turned offline", () => {
    expect(shownState({ state: "connecting", since: 0 }, since)).toBe("connecting");
  });
  it("a planned restart (server:shutdown) shows restarting, not an error, until RESTART_OFFLINE_AFTER_MS", () => {
    expect(shownState({ state: "restarting", since }, since + OFFLINE_AFTER_MS + 1)).toBe("restarting");
    expect(shownState({ state: "restarting", since }, since + RESTART_OFFLINE_AFTER_MS)).toBe("offline");
  });
});
