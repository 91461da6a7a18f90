import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { identityKeys } from "../../../lib/ingest/canonical";
import { createStore } from "../../../lib/store";
import type { Store } from "../../../lib/store/types";
import { silentLogger } from "../../../server/logger";
import { API_SOURCE, DELIVERED_REFRESH_MS, SourceActivity } from "../../../server/source-activity";

describe("SourceActivity.delivered (real SQLite store)", () => {
  let dir: string;
  let store: Store;
  let clock: number;
  let activity: SourceActivity;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "bayan-activity-"));
    store = await createStore({ keys: identityKeys, sqlitePath: join(dir, "a.db") });
    clock = Date.parse("2026-12-03T10:00:00.000Z");
    activity = new SourceActivity({ store, logger: silentLogger, now: () => new Date(clock) });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("saves a success at most once per refresh interval; concurrent deliveries share one save", async () => {
    await Promise.all([activity.delivered(API_SOURCE), activity.delivered(API_SOURCE), activity.delivered(API_SOURCE)]);
    const first = await store.getSource(API_SOURCE.id);
    expect(first?.state).toBe("ok");
    expect(first?.lastSuccessAt).toBe("2026-12-03T10:00:00.000Z");

    clock += DELIVERED_REFRESH_MS - 1;
    await activity.delivered(API_SOURCE);
    expect((await store.getSource(API_SOURCE.id))?.lastSuccessAt).toBe("2026-12-03T10:00:00.000Z");

    clock += 1;
    await activity.delivered(API_SOURCE);
    expect((await store.getSource(API_SOURCE.id))?.lastSuccessAt).toBe(new Date(clock).toISOString());
  });
});
