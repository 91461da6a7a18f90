import { describe, expect, it } from "vitest";
import { groupByConstructor } from "../../../scripts/soak/heap-diff";
import { metricValue, parseProcStatus, slope } from "../../../scripts/soak/probe";

describe("soak probes", () => {
  it("splits RSS into anonymous, file-backed and shared pages from /proc/<pid>/status", () => {
    const status = "Name:\tnode\nVmRSS:\t  307200 kB\nRssAnon:\t  245760 kB\nRssFile:\t   59392 kB\nRssShmem:\t    2048 kB\n";
    expect(parseProcStatus(status)).toEqual({ rssMB: 300, anonMB: 240, fileMB: 58, shmemMB: 2 });
    expect(parseProcStatus("Name:\tnode\n").anonMB).toBeNaN();
  });
  it("reads Prometheus samples with or without labels, and one label set", () => {
    const text = [
      "# HELP bayan_nodejs_heap_size_used_bytes x",
      "bayan_nodejs_heap_size_used_bytes 1048576",
      'bayan_nodejs_heap_space_size_used_bytes{space="old"} 42',
      'bayan_nodejs_heap_space_size_used_bytes{space="new"} 7',
    ].join("\n");
    expect(metricValue(text, "bayan_nodejs_heap_size_used_bytes")).toBe(1048576);
    expect(metricValue(text, "bayan_nodejs_heap_space_size_used_bytes", 'space="new"')).toBe(7);
    expect(metricValue(text, "bayan_missing")).toBeNaN();
  });
  it("fits a least-squares slope and ignores missing values", () => {
    expect(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: NaN }, { x: 3, y: 7 }])).toBeCloseTo(2, 12);
    expect(slope([{ x: 0, y: 5 }, { x: 1, y: 5 }])).toBe(0);
    expect(slope([{ x: 0, y: 5 }])).toBeNull();
  });
  it("groups heap snapshot nodes by type and constructor", () => {
    const snap = {
      snapshot: { meta: { node_fields: ["type", "name", "id", "self_size", "edge_count"], node_types: [["hidden", "array", "string", "object"]] as [string[]] } },
      strings: ["Set", "abc", "Map"],
      nodes: [3, 0, 1, 16, 0, 3, 0, 3, 16, 0, 2, 1, 5, 24, 0, 3, 2, 7, 32, 0],
    };
    const g = groupByConstructor(snap);
    expect(g.get("object:Set")).toEqual({ count: 2, bytes: 32 });
    expect(g.get("object:Map")).toEqual({ count: 1, bytes: 32 });
    expect(g.get("string")).toEqual({ count: 1, bytes: 24 });
  });
});
