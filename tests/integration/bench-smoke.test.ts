/**
 * The push benchmark harness at tiny size (20 clients, 20 statements), so it cannot rot: it must start its three servers and
 * client processes, stop them, and write a well-formed result file. Figures are not checked (benchmarks print, tests don't time).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
      }
      expect(out.idle.connections).toBe(20);
      expect(rows.some((r) => r.figure.startsWith("p99 bayan / raw ws"))).toBe(true);
    } finally {
      delete process.env.BENCH_RESULTS_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
