/** Realtime: filter rooms, catch-up after disconnect and after a restart, malformed socket events. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BayanApp } from "../../server/app";
import { api, client, helloOf, collect, ingest, startApp, statement, subscribe, tempDir, type Client } from "./helpers";

const INTERIOR = { actorId: "it-interior", nameAr: "وزارة الداخلية" };
const DEFENSE = { actorId: "it-defense", nameAr: "وزارة الدفاع" };

describe("realtime", () => {
  const tmp = tempDir();
  let app: BayanApp;
  const sockets: Client[] = [];
  const open = async () => {
    const s = await client(app);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    app = await startApp(tmp.dir);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await app.close();
    tmp.cleanup();
  });

  it("says hello with the head on connect", async () => {
    const s = await client(app);
    sockets.push(s);
    const hello = await helloOf(s);
    expect(hello.demo).toBe(false);
    expect(typeof hello.head).toBe("number");
  });

  it("a client subscribed to one actor receives that actor's statement and not another's", async () => {
    const s = await open();
    const got = collect(s);
    const ack = await subscribe(s, { filter: { actors: [INTERIOR.actorId] } });
    expect(ack.ok).toBe(true);
    await ingest(app, [statement({ ...DEFENSE, text: "أعلنت الوزارة انتهاء التدريبات العسكرية." })]);
    await ingest(app, [statement({ ...INTERIOR, text: "أكدت الوزارة توقيف خلية في دمشق." })]);
    await got.waitFor((x) => x.actor.id === INTERIOR.actorId);
    expect(got.items.map((x) => x.actor.id)).toEqual([INTERIOR.actorId]);
  });

  it("a client subscribed to one governorate receives only statements placed there", async () => {
    const s = await open();
    const got = collect(s);
    expect((await subscribe(s, { filter: { governorates: ["SY-DY"] } })).ok).toBe(true);
    await ingest(app, [statement({ ...INTERIOR, text: "انتشار أمني واسع في حلب.", governorates: ["SY-HL"] })]);
    await ingest(app, [statement({ ...DEFENSE, text: "لا إصابات في حادثة الطريق.", governorates: [] })]);
    await ingest(app, [statement({ ...INTERIOR, text: "تفكيك عبوة ناسفة في الميادين.", governorates: ["SY-DY", "SY-HM"] })]);
    await got.waitFor((x) => x.governorates.includes("SY-DY"));
    expect(got.items.length).toBe(1);
    expect(got.items[0]!.text).toContain("الميادين");
  });

  it("a combined filter (actor + governorate + security) never receives a non-matching statement", async () => {
    const s = await open();
    const all = await open();
    const got = collect(s);
    const everything = collect(all);
    expect((await subscribe(s, { filter: { actors: [INTERIOR.actorId], governorates: ["SY-HA"], security: true } })).ok).toBe(true);
    expect((await subscribe(all, { filter: {} })).ok).toBe(true);
    await ingest(app, [
      statement({ ...INTERIOR, text: "زيارة ميدانية إلى الحسكة.", governorates: ["SY-HA"], security: false }),
      statement({ ...DEFENSE, text: "عملية أمنية في الحسكة.", governorates: ["SY-HA"], security: true }),
      statement({ ...INTERIOR, text: "عملية أمنية في الرقة.", governorates: ["SY-RA"], security: true }),
    ]);
    await ingest(app, [statement({ ...INTERIOR, text: "توقيف مطلوبين في القامشلي.", governorates: ["SY-HA"], security: true })]);
    await got.waitFor((x) => x.text.includes("القامشلي"));
    await everything.waitFor((x) => x.text.includes("القامشلي"));
    expect(got.items.map((x) => x.text)).toEqual(["توقيف مطلوبين في القامشلي."]);
    expect(everything.items.length).toBe(4);
  });

  it("a client that disconnects, misses N statements and reconnects with its cursor gets exactly those N in order, then live", async () => {
    const first = await open();
    const ack = await subscribe(first, { filter: { actors: [DEFENSE.actorId] }, cursor: undefined });
    if (!ack.ok) throw new Error("subscribe failed");
    const cursor = ack.data.head;
    first.disconnect();

    const N = 7;
    const texts = Array.from({ length: N }, (_, i) => `بيان رقم ${i + 1} عن الوضع الميداني.`);
    for (const t of texts) {
      await ingest(app, [statement({ ...DEFENSE, text: t })]);
      await ingest(app, [statement({ ...INTERIOR, text: `${t} (غير مطابق)` })]);
    }

    const second = await open();
    const live = collect(second);
    const re = await subscribe(second, { filter: { actors: [DEFENSE.actorId] }, cursor });
    if (!re.ok) throw new Error("resubscribe failed");
    expect(re.data.truncated).toBe(false);
    expect(re.data.missed.map((x) => x.text)).toEqual(texts);
    const seqs = re.data.missed.map((x) => x.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);

    await ingest(app, [statement({ ...DEFENSE, text: "بيان جديد بعد إعادة الاتصال." })]);
    const next = await live.waitFor((x) => x.text === "بيان جديد بعد إعادة الاتصال.");
    expect(next.seq).toBeGreaterThan(seqs.at(-1)!);
    expect(live.items.filter((x) => seqs.includes(x.seq))).toEqual([]);
  });

  it("ignores malformed socket events with an error ack and keeps serving", async () => {
    const s = await open();
    const raw = s as unknown as { timeout(ms: number): { emitWithAck(ev: string, ...args: unknown[]): Promise<unknown> }; emit(ev: string, ...args: unknown[]): void };
    const bad = [
      "not an object",
      { filter: { actors: "it-interior" } },
      { filter: { governorates: ["SY-XX"] } },
      { filter: {}, cursor: -5 },
      { filter: {}, cursor: "12" },
      null,
    ];
    for (const payload of bad) {
      const res = (await raw.timeout(5000).emitWithAck("feed:subscribe", payload)) as { ok: boolean; error?: { code: string } };
      expect(res.ok).toBe(false);
      expect(res.error?.code).toBe("validation_failed");
    }
    // No ack function, unknown events, a huge payload: must not crash.
    raw.emit("feed:subscribe", { filter: { actors: [1, 2] } });
    raw.emit("feed:subscribe");
    raw.emit("no:such:event", { x: 1 });
    raw.emit("feed:unsubscribe");
    const ok = await subscribe(s, { filter: {} });
    expect(ok.ok).toBe(true);
    const health = await api(app, "/api/health");
    expect(health.status).toBe(200);
  });

  it("rate-limits a socket that floods feed:subscribe, without disconnecting it", async () => {
    const s = await open();
    const acks = await Promise.all(Array.from({ length: 25 }, () => subscribe(s, { filter: {}, cursor: 0 })));
    const limited = acks.filter((a) => !a.ok);
    expect(acks.filter((a) => a.ok).length).toBe(20);
    expect(limited.every((a) => !a.ok && a.error.code === "rate_limited")).toBe(true);
    expect(s.connected).toBe(true);
  });

  it("refuses sockets without the viewer token when one is configured", async () => {
    const tmp2 = tempDir();
    const guarded = await startApp(tmp2.dir, { VIEWER_TOKEN: "viewer-token-123" });
    try {
      await expect(client(guarded)).rejects.toThrow(/unauthorized/);
      const s = await client(guarded, { token: "viewer-token-123" });
      expect(s.connected).toBe(true);
      s.disconnect();
      expect((await api(guarded, "/api/statements", { key: null })).status).toBe(401);
      expect((await api(guarded, "/api/statements?token=viewer-token-123", { key: null })).status).toBe(200);
      expect((await api(guarded, "/api/statements", { key: null, headers: { "x-viewer-token": "viewer-token-123" } })).status).toBe(200);
      expect((await api(guarded, "/api/health", { key: null })).status).toBe(200);
    } finally {
      await guarded.close();
      tmp2.cleanup();
    }
  });
});

describe("catch-up across a server restart", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("a cursor from before the restart returns exactly what was stored since", async () => {
    const app1 = await startApp(tmp.dir);
    await ingest(app1, [statement({ ...INTERIOR, text: "بيان قبل إعادة التشغيل." })]);
    const s1 = await client(app1);
    const ack = await subscribe(s1, { filter: { actors: [INTERIOR.actorId] } });
    if (!ack.ok) throw new Error("subscribe failed");
    const cursor = ack.data.head;
    s1.disconnect();
    await app1.close();

    const app2 = await startApp(tmp.dir);
    try {
      const texts = ["بيان أول بعد إعادة التشغيل.", "بيان ثان بعد إعادة التشغيل.", "بيان ثالث بعد إعادة التشغيل."];
      for (const t of texts) await ingest(app2, [statement({ ...INTERIOR, text: t }), statement({ ...DEFENSE, text: t })]);
      const s2 = await client(app2);
      const re = await subscribe(s2, { filter: { actors: [INTERIOR.actorId] }, cursor });
      if (!re.ok) throw new Error("resubscribe failed");
      expect(re.data.missed.map((x) => x.text)).toEqual(texts);
      expect(re.data.missed.every((x) => x.seq > cursor)).toBe(true);
      s2.disconnect();
    } finally {
      await app2.close();
    }
  });
});
