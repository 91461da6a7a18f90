/**
 * Coalesced pushes: a burst reaches every subscriber exactly once (batched or not); statements committed before the
 * publisher's flush go out in one frame; a lone statement goes out alone.
 */
import { describe, expect, it } from "vitest";
import type { StatementDTO } from "../../lib/contract/dto";
import { statementInputSchema } from "../../lib/contract/schemas";
import { client, ingest, statement, subscribe, useApp, type Client } from "./helpers";

const ACTORS = [
  { actorId: "co-interior", nameAr: "وزارة الداخلية" },
  { actorId: "co-defense", nameAr: "وزارة الدفاع" },
  { actorId: "co-health", nameAr: "وزارة الصحة" },
];
const GOVS = ["SY-DI", "SY-HL", "SY-HM"] as const;

function record(s: Client): { lone: StatementDTO[]; batches: StatementDTO[][]; all(): StatementDTO[] } {
  const lone: StatementDTO[] = [];
  const batches: StatementDTO[][] = [];
  s.on("statement:created", (x) => lone.push(x));
  s.on("statements:created", (xs) => batches.push(xs));
  return { lone, batches, all: () => [...lone, ...batches.flat()] };
}

async function until(pred: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out waiting for pushes");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("coalesced pushes", () => {
  const t = useApp();

  it("a burst of concurrent POSTs reaches each subscriber once per matching statement, in batches of at least one", async () => {
    const everything = await client(t.app);
    const twoActorsTwoGovs = await client(t.app);
    expect((await subscribe(everything, { filter: {} })).ok).toBe(true);
    expect((await subscribe(twoActorsTwoGovs, { filter: { actors: ["co-interior", "co-defense"], governorates: ["SY-DI", "SY-HL"] } })).ok).toBe(true);
    const a = record(everything);
    const b = record(twoActorsTwoGovs);
    const n = 30;
    const posted = Array.from({ length: n }, (_, i) =>
      statement({ ...ACTORS[i % 3]!, text: `اختبار الدفعات: بيان قصير رقم ${i} عن الطرق.`, governorates: [GOVS[i % 3]!, GOVS[(i + 1) % 3]!] }));
    const results = (await Promise.all(posted.map((p) => ingest(t.app, [p])))).flat();
    const ids = results.map((r) => r.id);
    // Statements i with actor in {interior, defense} (i%3 != 2) and a governorate in {DI, HL} (always, two of three).
    const expectedB = ids.filter((_, i) => i % 3 !== 2);
    await until(() => a.all().length >= n && b.all().length >= expectedB.length);
    await new Promise((r) => setTimeout(r, 100));
    expect(a.all().map((x) => x.id).sort()).toEqual([...ids].sort());
    expect(b.all().map((x) => x.id).sort()).toEqual([...expectedB].sort());
    for (const batch of [...a.batches, ...b.batches]) {
      expect(batch.length).toBeGreaterThan(1);
      expect(batch.map((x) => x.seq)).toEqual([...batch.map((x) => x.seq)].sort((p, q) => p - q));
    }
    everything.disconnect();
    twoActorsTwoGovs.disconnect();
  });

  it("statements committed in the same event-loop turn go out together in one statements:created frame, no fixed window", async () => {
    const s = await client(t.app);
    expect((await subscribe(s, { filter: {} })).ok).toBe(true);
    const r = record(s);
    await new Promise((res) => setTimeout(res, 50));
    // Submitted in one turn: one group commit, both `stored` events before the publisher's setImmediate flush.
    // (A fixed window after the previous emit would send the first alone and hold the second.)
    const texts = ["بيان أول في الدورة نفسها عن المياه.", "بيان ثان في الدورة نفسها عن الكهرباء."];
    const stored = await Promise.all(texts.map((text) =>
      t.app.pipeline.ingestStatements([statementInputSchema.parse(statement({ ...ACTORS[1]!, text }))])));
    const ids = stored.flat().map((o) => o.statement.id);
    await until(() => r.all().length >= 2);
    await new Promise((res) => setTimeout(res, 50));
    expect(r.lone).toEqual([]);
    expect(r.batches.map((b) => b.map((x) => x.id))).toEqual([ids]);
    s.disconnect();
  });

  it("a lone statement after a quiet moment goes out at once as statement:created", async () => {
    const s = await client(t.app);
    expect((await subscribe(s, { filter: {} })).ok).toBe(true);
    const r = record(s);
    await new Promise((res) => setTimeout(res, 50));
    const [out] = await ingest(t.app, [statement({ ...ACTORS[0]!, text: "بيان منفرد بعد فترة هدوء." })]);
    await until(() => r.all().length >= 1);
    expect(r.lone.map((x) => x.id)).toEqual([out!.id]);
    expect(r.batches).toEqual([]);
    s.disconnect();
  });
});
