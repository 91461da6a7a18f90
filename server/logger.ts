/**
 * Leveled logger: pretty lines for humans or JSON lines for machines (LOG_FORMAT),
 * filtered by LOG_LEVEL, with child loggers per component.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";
type Threshold = LogLevel | "silent";

const RANK: Record<Threshold, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const COLOR: Record<LogLevel, string> = { debug: "\x1b[90m", info: "\x1b[36m", warn: "\x1b[33m", error: "\x1b[31m" };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(component: string): Logger;
}

export interface LoggerOptions {
  level: Threshold;
  format: "pretty" | "json";
  component?: string;
  /** Where lines go (defaults to stdout for debug/info, stderr for warn/error). */
  write?: (line: string, level: LogLevel) => void;
}

function serializeError(e: unknown): unknown {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return e;
}

function normalize(fields: LogFields | undefined): LogFields {
  if (!fields) return {};
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v instanceof Error ? serializeError(v) : v;
  return out;
}

function defaultWrite(line: string, level: LogLevel): void {
  (level === "warn" || level === "error" ? process.stderr : process.stdout).write(line + "\n");
}

export function createLogger(opts: LoggerOptions): Logger {
  const write = opts.write ?? defaultWrite;
  const colors = opts.format === "pretty" && process.stdout.isTTY === true;
  const log = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (RANK[level] < RANK[opts.level]) return;
    const f = normalize(fields);
    if (opts.format === "json") {
      write(JSON.stringify({ t: new Date().toISOString(), level, component: opts.component, msg, ...f }), level);
      return;
    }
    const time = new Date().toISOString().slice(11, 23);
    const lvl = colors ? `${COLOR[level]}${level.padEnd(5)}\x1b[0m` : level.padEnd(5);
    const comp = opts.component ? ` [${opts.component}]` : "";
    const { err, ...rest } = f;
    const extra = Object.keys(rest).length ? " " + JSON.stringify(rest) : "";
    const stack = err && typeof err === "object" && "stack" in err ? `\n${String((err as { stack?: unknown }).stack)}` : err !== undefined ? ` err=${JSON.stringify(err)}` : "";
    write(`${time} ${lvl}${comp} ${msg}${extra}${stack}`, level);
  };
  return {
    debug: (m, f) => log("debug", m, f),
    info: (m, f) => log("info", m, f),
    warn: (m, f) => log("warn", m, f),
    error: (m, f) => log("error", m, f),
    child: (component) => createLogger({ ...opts, component: opts.component ? `${opts.component}.${component}` : component }),
  };
}

/** A logger that drops everything (tests that do not care). */
export const silentLogger: Logger = createLogger({ level: "silent", format: "json" });
