/**
 * The benchmark harnesses at tiny size, so they cannot rot: push (20 clients, 20 statements: three servers and client
 * processes), ingest (10 clients, a few generated articles through the stepped rate and the 50%/90% runs) and history
 * (5,000 generated statements per store, rollups verified against a recount). Each must start and stop what it needs and
 * write a well-formed result file. Figures are not checked (benchmarks print, tests don't time).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchHistory } from "../../scripts/bench/history";
import { benchIngest, type PushAtRate } from "../../scripts/bench/ingest";
import { benchPush, type LoadResult } from "../../scripts/bench/push";

describe("bench:push smoke", () => {
  it("runs ws, plain Socket.IO and Bayan at tiny size and writes a result with machine, parameters and every figure", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bayan-bench-smoke-"));
    process.env.BENCH_RESULTS_DIR = dir;
    try {
      const { file, rows } = await benchPush(true);
      const out = JSON.parse(readFileSync(file, "utf8")) as {
        part: string; machine: { cores: number; memoryGb: number }; parameters: { clients: number; smoke: boolean };
        heavy: LoadResult[]; idle: { connections: number; kbPerConnection: number | null };
      };
      expect(out.part).toBe("push");
      expect(out.machine.cores).toBeGreaterThan(0);
      expect(out.parameters).toMatchObject({ clients: 20, smoke: true });
      expect(out.heavy.map((r) => r.kind)).toEqual(["ws", "sio", "bayan"]);
      for (const r of out.heavy) {
        expect(r.expected).toBe(20 * 20);
        expect(r.delivered).toBeGreaterThan(0);
        expect(r.postErrors).toBe(0);
        expect(r.p50).not.toBeNull();
        expect(r.max! >= r.p99! && r.p99! >= r.p50!).toBe(true);
        // CPU time from /proc in 10 ms ticks: a tiny run may round to 0, never to null or below.
        expect(r.serverCpuMsPerStatement).toBeGreaterThanOrEqual(0);
        expect(r.clientCpuMsPerDelivery).toBeGreaterThanOrEqual(0);
      }
      expect(out.idle.connections).toBe(20);
      expect(rows.some((r) => r.figure.startsWith("p99 bayan / raw ws"))).toBe(true);
    } finally {
      delete process.env.BENCH_RESULTS_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("bench:ingest smoke", () => {
  it("posts generated articles at stepped rates, finds a saturation figure and measures push at 50% and 90% of it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bayan-bench-smoke-"));
    process.env.BENCH_RESULTS_DIR = dir;
    try {
      const { file } = await benchIngest(true);
      const out = JSON.parse(readFileSync(file, "utf8")) as {
        part: string; machine: { cores: number }; parameters: { clients: number; smoke: boolean };
        steps: { completed: number; errors: number }[]; saturation: { articlesPerSec: number; statementsPerSec: number }; atRates: PushAtRate[];
      };
      expect(out.part).toBe("ingest");
      expect(out.parameters).toMatchObject({ clients: 10, smoke: true });
      expect(out.steps.length).toBeGreaterThan(0);
      for (const s of out.steps) expect(s.errors).toBe(0);
      // Every generated article yields statements (the templates are attributed sentences the extractor reads).
      expect(out.saturation.statementsPerSec).toBeGreaterThan(out.saturation.articlesPerSec);
      expect(out.atRates.map((a) => a.fraction)).toEqual([0.5, 0.9]);
      for (const a of out.atRates) {
        expect(a.expected).toBeGreaterThan(0);
        expect(a.delivered).toBeGreaterThan(0);
        expect(a.p99! >= a.p50!).toBe(true);
      }
    } finally {
      delete process.env.BENCH_RESULTS_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("bench:history smoke", () => {
  it("bulk-loads generated history whose rollups equal a recount, and times every dashboard query", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bayan-bench-smoke-"));
    process.env.BENCH_RESULTS_DIR = dir;
    try {
      const { file, runs } = await benchHistory(true);
      const out = JSON.parse(readFileSync(file, "utf8")) as { part: string; parameters: { sizes: number[]; verify: boolean } };
      expect(out.part).toBe("history");
      expect(out.parameters).toMatchObject({ sizes: [5000], verify: true });
      expect(runs.map((r) => r.store)).toContain("sqlite");
      for (const r of runs) {
        expect(r.mismatches).toBe(0);
        expect(r.queries.length).toBeGreaterThanOrEqual(8);
        for (const q of r.queries) expect(q.p95! >= q.p50!).toBe(true);
      }
    } finally {
      delete process.env.BENCH_RESULTS_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
