/** GET /api/volume chooses its bucket from the range: a 1 h range has one-minute buckets, counted where they were said. */
import { describe, expect, it } from "vitest";
import { api, ingest, statement, useApp } from "./helpers";

const MIN = 60_000;

describe("/api/volume buckets", () => {
  const t = useApp();

  it("1 h → 60 minute buckets with each statement in its minute; 24 h → hours", async () => {
    const now = Date.now();
    const at = (msAgo: number) => new Date(now - msAgo).toISOString();
    await ingest(t.app, [
      { ...statement({ actorId: "it-vol-a", nameAr: "جهة أولى", text: "تصريح أول عن الطرق في المدينة." }), statedAt: at(40 * MIN) },
      { ...statement({ actorId: "it-vol-a", nameAr: "جهة أولى", text: "تصريح ثان عن المياه في الريف." }), statedAt: at(10 * MIN) },
      { ...statement({ actorId: "it-vol-b", nameAr: "جهة ثانية", text: "تصريح ثالث عن المدارس والمعلمين." }), statedAt: at(10 * MIN) },
      { ...statement({ actorId: "it-vol-b", nameAr: "جهة ثانية", text: "تصريح قديم لا يدخل في الساعة." }), statedAt: at(5 * 60 * MIN) },
    ]);
    const from = at(60 * MIN);
    const r = await api(t.app, `/api/volume?from=${encodeURIComponent(from)}`);
    expect(r.status).toBe(200);
    const v = r.json.data as { bucket: string; points: { t: string; counts: Record<string, number> }[]; series: { actorId: string; total: number }[] };
    expect(v.bucket).toBe("minute");
    expect(v.points.length).toBeGreaterThanOrEqual(60);
    expect(v.points.length).toBeLessThanOrEqual(61);
    const starts = v.points.map((p) => Date.parse(p.t));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBe(MIN);
    const bucketOf = (msAgo: number) => v.points.find((p) => Date.parse(p.t) === Math.floor((now - msAgo) / MIN) * MIN);
    expect(bucketOf(40 * MIN)?.counts).toEqual({ "it-vol-a": 1, "it-vol-b": 0 });
    expect(bucketOf(10 * MIN)?.counts).toEqual({ "it-vol-a": 1, "it-vol-b": 1 });
    expect(v.series.map((s) => [s.actorId, s.total])).toEqual([["it-vol-a", 2], ["it-vol-b", 1]]);
    const nonZero = v.points.filter((p) => Object.values(p.counts).some((n) => n > 0));
    expect(nonZero).toHaveLength(2);

    const day = (await api(t.app, "/api/volume")).json.data as { bucket: string; points: unknown[] };
    expect(day.bucket).toBe("hour");
    expect(day.points.length).toBeGreaterThanOrEqual(24); // 25 when now is not on the hour
    expect(day.points.length).toBeLessThanOrEqual(25);
    const explicit = (await api(t.app, `/api/volume?bucket=minute&from=${encodeURIComponent(at(120 * MIN))}`)).json.data as { bucket: string; points: unknown[] };
    expect(explicit.bucket).toBe("minute");
    expect(explicit.points.length).toBeGreaterThanOrEqual(120);
  });

  it("an unknown bucket is a 400 validation_failed", async () => {
    const r = await api(t.app, "/api/volume?bucket=second");
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe("validation_failed");
  });
});
