/** Shared by scripts/ingest.ts and scripts/replay.ts: argument parsing, file collection, API key lookup, progress. */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { isArticleFile } from "../../../lib/ingest/file-article";

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value`, boolean `--flag` (listed in `booleans`), and positionals. */
export function parseArgs(argv: string[], booleans: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") continue;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = a.slice(2, eq === -1 ? undefined : eq);
    if (eq !== -1) flags.set(name, a.slice(eq + 1));
    else if (booleans.includes(name)) flags.set(name, true);
    else {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
      flags.set(name, v);
      i++;
    }
  }
  return { positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === "string" ? v : undefined;
}

export function flagNumber(args: ParsedArgs, name: string): number | undefined {
  const v = flagString(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number (got "${v}")`);
  return n;
}

/** Article files under the given paths (folders recursively, `processed/` and `failed/` skipped), sorted. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(p: string, top: boolean): Promise<void> {
    const st = await stat(p);
    if (st.isDirectory()) {
      const names = (await readdir(p)).sort();
      for (const n of names) {
        if (n.startsWith(".") || n === "processed" || n === "failed") continue;
        await walk(join(p, n), false);
      }
    } else if (st.isFile() && (top || isArticleFile(p))) out.push(resolve(p));
  }
  for (const p of paths) await walk(p, true);
  return out;
}

/** API key from --api-key, then API_KEY, then `<dir of SQLITE_PATH>/api-key` (written by the server). */
export async function findApiKey(flag: string | undefined, envKey: string | undefined, sqlitePath: string): Promise<string | null> {
  if (flag) return flag;
  if (envKey) return envKey;
  try {
    const k = (await readFile(join(dirname(sqlitePath), "api-key"), "utf8")).trim();
    return k || null;
  } catch {
    return null;
  }
}

export interface Tally {
  ingested: number;
  duplicate: number;
  failed: number;
}

/** A progress bar on a TTY (one redrawn line on stderr); plain lines otherwise. */
export class Progress {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly tty: boolean,
    private readonly write: (s: string) => void = (s) => process.stderr.write(s),
  ) {}

  step(label: string, outcome: string): void {
    this.done++;
    if (!this.tty) {
      this.write(`[${this.done}/${this.total}] ${outcome} ${label}\n`);
      return;
    }
    const width = 30;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    this.write(`\r\x1b[2K${bar} ${this.done}/${this.total} ${outcome} ${name}`);
    if (this.done === this.total) this.write("\n");
  }

  /** A message that must not be overwritten by the bar. */
  note(msg: string): void {
    this.write(this.tty ? `\r\x1b[2K${msg}\n` : `${msg}\n`);
  }
}

export function summaryLine(t: Tally): string {
  return `ingested ${t.ingested}, duplicate ${t.duplicate}, failed ${t.failed}`;
}
