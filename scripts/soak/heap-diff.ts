/**
 * Compares V8 heap snapshots (.heapsnapshot files, e.g. written by the soak's `--snapshot-at`) by
 * constructor: object count and total self size per (node type, name), and the change between the
 * first file and each later one. Self sizes, not retained sizes: a leak shows as a constructor whose
 * count keeps rising from one snapshot to the next.
 *
 *   node --import tsx scripts/soak/heap-diff.ts A.heapsnapshot B.heapsnapshot [C...] [--top N]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}
export interface Group { count: number; bytes: number }

/** (type:name) → count and self bytes. Strings, code and numbers are grouped by type only. */
export function groupByConstructor(snap: Snapshot): Map<string, Group> {
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = f.length, iType = f.indexOf("type"), iName = f.indexOf("name"), iSize = f.indexOf("self_size");
  const out = new Map<string, Group>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType]!] ?? "?";
    const byName = type === "object" || type === "closure" || type === "native" || type === "hidden" || type === "array";
    const key = byName ? `${type}:${(snap.strings[snap.nodes[i + iName]!] ?? "?").slice(0, 60)}` : type;
    const g = out.get(key) ?? { count: 0, bytes: 0 };
    g.count++;
    g.bytes += snap.nodes[i + iSize]!;
    out.set(key, g);
  }
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "25" } } });
  if (positionals.length < 2) {
    console.error("usage: heap-diff.ts A.heapsnapshot B.heapsnapshot [C...] [--top N]");
    process.exit(2);
  }
  const groups = positionals.map((p) => groupByConstructor(JSON.parse(readFileSync(p, "utf8")) as Snapshot));
  const first = groups[0]!, last = groups.at(-1)!;
  const keys = [...new Set([...first.keys(), ...last.keys()])];
  const delta = (k: string) => (last.get(k)?.bytes ?? 0) - (first.get(k)?.bytes ?? 0);
  keys.sort((a, b) => delta(b) - delta(a));
  const total = (g: Map<string, Group>) => [...g.values()].reduce((s, x) => s + x.bytes, 0);
  console.log(`total self size (MB): ${groups.map((g) => (total(g) / 1_048_576).toFixed(1)).join(" → ")}`);
  console.log(`top ${values.top} by self-size growth, first → last; counts per snapshot`);
  for (const k of keys.slice(0, Number(values.top))) {
    const counts = groups.map((g) => g.get(k)?.count ?? 0).join(" → ");
    const kb = groups.map((g) => ((g.get(k)?.bytes ?? 0) / 1024).toFixed(0)).join(" → ");
    console.log(`${(delta(k) / 1024).toFixed(0).padStart(9)} KB  ${k.padEnd(50)} count ${counts}  KB ${kb}`);
  }
}

if (process.argv[1]?.endsWith("heap-diff.ts")) main();
