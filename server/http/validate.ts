/** zod → AppError(validation_failed) with readable issues. */
import type { z } from "zod";
import { AppError } from "../../lib/errors";

export interface IssueDetail {
  path: string;
  message: string;
}

export function issuesOf(error: z.ZodError): IssueDetail[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = "request"): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError("validation_failed", `Invalid ${what}`, { issues: issuesOf(r.error) });
  return r.data;
}
