/** Ingest idempotency, echo clusters, and the read API, through the real server. */
import { describe, expect, it } from "vitest";
import { api, client, ingest, statement, subscribe, useApp } from "./helpers";

const GOV = { actorId: "it-gov", nameAr: "محافظة دير الزور" };
const SDF = { actorId: "it-sdf", nameAr: "قوات سوريا الديمقراطية" };

describe("ingest and read API", () => {
  const t = useApp();

  it("is idempotent by idempotency key", async () => {
    const item = statement({ ...GOV, text: "افتتاح جسر جديد فوق نهر الفرات.", key: "it-key-1" });
    const first = await api(t.app, "/api/statements", { body: item });
    expect(first.status).toBe(201);
    const again = await api(t.app, "/api/statements", { body: { ...item, text: "نص مختلف لكن المفتاح نفسه." } });
    expect(again.status).toBe(200);
    expect(again.json.data.results).toEqual([{ ...first.json.data.results[0], duplicate: true }]);
  });

  it("is idempotent by source URL + actor + text", async () => {
    const item = statement({ ...GOV, text: "إعادة فتح المعبر أمام حركة المدنيين.", url: "https://example.org/news/1" });
    const [a] = await ingest(t.app, [item]);
    const [b] = await ingest(t.app, [item]);
    expect(b!.id).toBe(a!.id);
    expect(b!.duplicate).toBe(true);
    const mixed = await api(t.app, "/api/statements", { body: { statements: [item, statement({ ...GOV, text: "بيان إضافي مستقل." })] } });
    expect(mixed.status).toBe(201);
    expect(mixed.json.data.results.map((r: { duplicate: boolean }) => r.duplicate)).toEqual([true, false]);
  });

  it("an echo from another outlet joins the cluster and is pushed as cluster:updated", async () => {
    const s = await client(t.app);
    const updates: { headId: string; mentions: number }[] = [];
    const created: string[] = [];
    s.on("cluster:updated", (u) => updates.push(u));
    s.on("statement:created", (x) => created.push(x.id));
    s.on("statements:created", (xs) => created.push(...xs.map((x) => x.id)));
    expect((await subscribe(s, { filter: { actors: [SDF.actorId] } })).ok).toBe(true);
    const text = "قوات سوريا الديمقراطية تعلن إحباط هجوم على سجن في الحسكة.";
    const [head] = await ingest(t.app, [{ ...statement({ ...SDF, text, governorates: ["SY-HA"], security: true }), source: { outlet: "Outlet A", url: "https://a.example/1" } }]);
    const [echo] = await ingest(t.app, [{ ...statement({ ...SDF, text, governorates: ["SY-HA"], security: true }), source: { outlet: "Outlet B", url: "https://b.example/1" } }]);
    expect(echo!.duplicate).toBe(false);
    await new Promise<void>((resolve) => {
      const check = () => (updates.length ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(updates[0]!.headId).toBe(head!.id);
    expect(updates[0]!.mentions).toBe(2);
    expect(created).toEqual([head!.id]);
    const detail = await api(t.app, `/api/statements/${head!.id}`);
    expect(detail.json.data.statement.mentions).toBe(2);
    expect(detail.json.data.mentions.map((m: { id: string }) => m.id)).toEqual([echo!.id]);
    s.disconnect();
  });

  it("reads statements by cursor with filters and pages back with before", async () => {
    for (let i = 0; i < 5; i++) await ingest(t.app, [statement({ ...GOV, text: `بيان دوري رقم ${i}.`, governorates: ["SY-DY"], security: true })]);
    const page1 = await api(t.app, `/api/statements?actors=${GOV.actorId}&governorates=SY-DY&security=1&limit=3`);
    expect(page1.status).toBe(200);
    const items = page1.json.data.items as { seq: number; actor: { id: string } }[];
    expect(items.length).toBe(3);
    expect(items.every((x) => x.actor.id === GOV.actorId)).toBe(true);
    expect(items[0]!.seq).toBeGreaterThan(items[1]!.seq);
    expect(page1.json.data.head).toBeGreaterThanOrEqual(items[0]!.seq);
    const page2 = await api(t.app, `/api/statements?actors=${GOV.actorId}&governorates=SY-DY&security=1&limit=3&before=${page1.json.data.nextBefore}`);
    expect(page2.json.data.items.length).toBe(2);
    const after = await api(t.app, `/api/statements?actors=${GOV.actorId}&after=${items[1]!.seq}`);
    expect(after.json.data.items.map((x: { seq: number }) => x.seq)).toContain(items[0]!.seq);
  });

  it("answers volume, governorates, actors, health and public config", async () => {
    const vol = await api(t.app, "/api/volume?bucket=hour");
    expect(vol.status).toBe(200);
    expect(vol.json.data.bucket).toBe("hour");
    expect(vol.json.data.series.map((x: { actorId: string }) => x.actorId)).toContain(GOV.actorId);
    const gov = await api(t.app, "/api/governorates");
    expect(gov.status).toBe(200);
    const dy = (gov.json.data.counts as { code: string; count: number }[]).find((c) => c.code === "SY-DY");
    expect(dy!.count).toBeGreaterThanOrEqual(5);
    const actors = await api(t.app, "/api/actors?q=" + encodeURIComponent("دير الزور"));
    expect(actors.json.data.map((a: { id: string }) => a.id)).toContain(GOV.actorId);
    const detail = await api(t.app, `/api/actors/${GOV.actorId}`);
    expect(detail.json.data.total).toBeGreaterThan(0);
    expect(Array.isArray(detail.json.data.types)).toBe(true);
    expect((await api(t.app, "/api/actors/nobody")).status).toBe(404);
    const health = await api(t.app, "/api/health");
    expect(health.json.data).toMatchObject({ status: "ok", db: { dialect: "sqlite", ok: true }, demo: false });
    const cfg = await api(t.app, "/api/config/public");
    expect(cfg.json.data).toEqual({ demo: false, staleAfterSeconds: 300, sourceFailingAfterSeconds: 600, viewerTokenRequired: false });
  });

  it("adds aliases and merges actors", async () => {
    await ingest(t.app, [statement({ actorId: "it-dup", nameAr: "مديرية الإعلام", text: "بيان من الاسم المكرر." })]);
    const aliases = await api(t.app, `/api/actors/${GOV.actorId}/aliases`, { body: { aliases: ["المحافظة"] } });
    expect(aliases.status).toBe(200);
    expect(aliases.json.data.aliases).toContain("المحافظة");
    const merged = await api(t.app, "/api/actors/merge", { body: { from: "it-dup", into: GOV.actorId } });
    expect(merged.status).toBe(200);
    expect(merged.json.data.id).toBe(GOV.actorId);
    const self = await api(t.app, "/api/actors/merge", { body: { from: GOV.actorId, into: GOV.actorId } });
    expect(self.json.error?.code).toBe("validation_failed");
    const unknown = await api(t.app, "/api/actors/merge", { body: { from: "ghost", into: GOV.actorId } });
    expect(unknown.status).toBe(404);
  });
});
