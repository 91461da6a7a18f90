/**
 * The small SQL executor both dialects implement. Queries are written once with `?`
 * placeholders (the PostgreSQL driver rewrites them to $n); where the dialects differ
 * the SQL sits side by side (see migrations.ts).
 */
export type Dialect = "sqlite" | "postgres";
export type Param = string | number | boolean | null;

export interface Db {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** Executes a write; resolves to the number of changed rows. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs several statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction (all or nothing). Write transactions are serialised
   * (SQLite: one connection + queue; PostgreSQL: advisory transaction lock).
   * Inside `fn`, use the handle passed in; nested calls join the outer transaction.
   */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Refreshes planner statistics (SQLite: PRAGMA optimize; PostgreSQL: ANALYZE of the store's tables). */
  maintain(): Promise<void>;
  close(): Promise<void>;
}

/** Every rollup table (derived counts of the statements; rebuilt by core/rebuild.ts). */
export const ROLLUP_TABLES = [
  "rollup_actor_hour", "rollup_actor_day", "rollup_gov_hour", "rollup_unresolved_hour",
  "rollup_actor_total_hour", "rollup_actor_total_day", "rollup_actor_total_week", "rollup_gov_day", "rollup_unresolved_day", "rollup_actor_gov_day",
  "rollup_total_hour", "rollup_total_day", "rollup_total_week",
] as const;

/** Tables whose statistics matter to the planner. */
export const ANALYZED_TABLES = ["statements", "statement_governorates", "clusters", "actors", ...ROLLUP_TABLES] as const;

/** `?, ?, ?` for an IN list. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}
