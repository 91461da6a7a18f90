/**
 * Folder source: watches WATCH_DIR (fs.watch plus a periodic scan as a fallback), waits until a
 * file's size and mtime are stable, ingests each .txt/.json/.html file once, then moves it to
 * `processed/` or to `failed/` next to a `<file>.error.txt` holding the reason.
 */
import { watch, type FSWatcher } from "node:fs";
import { lstat, mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { ArticleFileError, isArticleFile, readArticleFile } from "../../../lib/ingest/file-article";
import type { SourceRepository } from "../../../lib/store/types";
import type { Pipeline } from "../../types";
import type { HealthRecorder, SourceIdentity } from "./health";
import type { SourceLogger } from "./types";

export const FOLDER_SOURCE: SourceIdentity = { id: "folder", kind: "folder", name: "Watched folder" };

export interface FolderResult {
  file: string;
  outcome: "processed" | "failed";
  reason: string | null;
  status?: "created" | "unchanged" | "updated";
}

export interface FolderWatcherOptions {
  dir: string;
  store: SourceRepository;
  pipeline: Pipeline;
  health: HealthRecorder;
  logger: SourceLogger;
  /** Periodic scan (fallback for missed watch events). */
  scanIntervalMs?: number;
  /** A file must keep the same size and mtime for this long before it is read. */
  stableMs?: number;
  maxBytes?: number;
  onFile?: (r: FolderResult) => void;
}

/** A name in the target folder that does not overwrite an existing file. */
async function freeName(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 0; ; i++) {
    const candidate = i === 0 ? name : `${stem}.${i}${ext}`;
    try {
      await stat(join(dir, candidate));
    } catch {
      return candidate;
    }
  }
}

export class FolderWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Map<string, { size: number; mtimeMs: number; since: number }>();
  private readonly busy = new Set<string>();
  private scanning: Promise<void> | null = null;
  private stopped = false;
  readonly processedDir: string;
  readonly failedDir: string;

  constructor(private readonly o: FolderWatcherOptions) {
    this.processedDir = join(o.dir, "processed");
    this.failedDir = join(o.dir, "failed");
  }

  async start(): Promise<void> {
    await mkdir(this.processedDir, { recursive: true });
    await mkdir(this.failedDir, { recursive: true });
    await this.o.health.register(FOLDER_SOURCE);
    try {
      this.watcher = watch(this.o.dir, { persistent: false }, () => this.kick());
      this.watcher.on("error", (e) => this.o.logger.warn("folder watch error; relying on periodic scans", { error: e.message }));
    } catch (e) {
      this.o.logger.warn("fs.watch unavailable; relying on periodic scans", { error: e instanceof Error ? e.message : String(e) });
    }
    const every = this.o.scanIntervalMs ?? 2000;
    this.timer = setInterval(() => this.kick(), Math.min(every, this.o.stableMs ?? 500));
    this.timer.unref?.();
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    await this.scanning?.catch(() => undefined);
  }

  /** Runs one scan unless one is already running. */
  kick(): void {
    if (this.stopped || this.scanning) return;
    this.scanning = this.scan()
      .catch((e: unknown) => this.o.logger.error("folder scan failed", { error: e instanceof Error ? e.message : String(e) }))
      .finally(() => {
        this.scanning = null;
      });
  }

  /** One pass: stable files are ingested; new or still-growing ones are remembered for the next pass. */
  async scan(): Promise<void> {
    const stableMs = this.o.stableMs ?? 500;
    const names = await readdir(this.o.dir);
    const now = Date.now();
    for (const name of names) {
      if (this.stopped) return;
      if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part")) continue;
      const path = join(this.o.dir, name);
      let st;
      try {
        // lstat: a symlink is not a regular file, so nothing outside WATCH_DIR is ever read through one.
        st = await lstat(path);
      } catch {
        continue;
      }
      if (!st.isFile() || this.busy.has(name)) continue;
      const seen = this.pending.get(name);
      if (!seen || seen.size !== st.size || seen.mtimeMs !== st.mtimeMs) {
        this.pending.set(name, { size: st.size, mtimeMs: st.mtimeMs, since: now });
        continue;
      }
      if (now - seen.since < stableMs) continue;
      this.pending.delete(name);
      this.busy.add(name);
      try {
        await this.handle(name);
      } finally {
        this.busy.delete(name);
      }
    }
    for (const name of this.pending.keys()) if (!names.includes(name)) this.pending.delete(name);
  }

  private async handle(name: string): Promise<void> {
    const path = join(this.o.dir, name);
    let result: FolderResult;
    try {
      if (!isArticleFile(name)) throw new ArticleFileError("unsupported", `unsupported file type "${extname(name) || "(none)"}" (use .txt, .json or .html)`);
      const st = await lstat(path);
      if (!st.isFile()) throw new Error("not a regular file");
      const max = this.o.maxBytes ?? 5 * 1024 * 1024;
      if (st.size > max) throw new Error(`file too large: ${st.size} bytes (limit ${max})`);
      const article = readArticleFile(name, await readFile(path));
      const fetchedAt = new Date().toISOString();
      const out = await this.o.pipeline.ingestArticle({ ...article, fetchedAt, sourceId: FOLDER_SOURCE.id, itemKey: `file:${name}` });
      await rename(path, join(this.processedDir, await freeName(this.processedDir, name)));
      result = { file: name, outcome: "processed", reason: null, status: out.status };
      await this.o.health.success(FOLDER_SOURCE);
    } catch (e) {
      const reason = e instanceof ArticleFileError ? `${e.reason}: ${e.message}` : `extraction error: ${e instanceof Error ? e.message : String(e)}`;
      const target = await freeName(this.failedDir, name);
      await rename(path, join(this.failedDir, target)).catch(() => undefined);
      await writeFile(join(this.failedDir, `${target}.error.txt`), `${reason}\n`, "utf8").catch(() => undefined);
      result = { file: name, outcome: "failed", reason };
      // A bad file is that file's problem: it is recorded, the folder source keeps running.
      await this.o.health.failure(FOLDER_SOURCE, `${basename(name)}: ${reason}`);
    }
    this.o.logger.info("folder file", { ...result });
    try {
      this.o.onFile?.(result);
    } catch {
      /* observers never break the watcher */
    }
  }
}
