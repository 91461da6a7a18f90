/**
 * How the CLI and replay deliver articles: over HTTP to a running server (`POST /api/articles` with
 * the API key) or in-process through the same pipeline (`--direct`).
 */
import type { ArticleSubmission, Pipeline } from "../../types";

export type SubmitOutcome = "created" | "updated" | "unchanged";

export interface Submitter {
  submit(sub: ArticleSubmission): Promise<SubmitOutcome>;
  close(): Promise<void>;
}

export class SubmitError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "SubmitError";
  }
}

/** The JSON body accepted by POST /api/articles (nulls dropped, only valid fields kept). */
export function articleBody(sub: ArticleSubmission): Record<string, string> {
  const body: Record<string, string> = {};
  if (sub.html !== undefined && sub.text === undefined) body.html = sub.html;
  else body.text = sub.text ?? "";
  if (sub.url && /^https?:\/\//i.test(sub.url)) body.url = sub.url;
  if (sub.outlet) body.outlet = sub.outlet.slice(0, 200);
  if (sub.title) body.title = sub.title.slice(0, 1000);
  if (sub.publishedAt) body.publishedAt = sub.publishedAt;
  if (sub.language) body.language = sub.language.slice(0, 10);
  return body;
}

export function httpSubmitter(baseUrl: string, apiKey: string, timeoutMs = 60_000): Submitter {
  const endpoint = new URL("/api/articles", baseUrl).toString();
  return {
    async submit(sub) {
      let res: Response;
      try {
        res = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", "x-api-key": apiKey },
          body: JSON.stringify(articleBody(sub)),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : "";
        throw new SubmitError(`cannot reach ${endpoint}: ${e instanceof Error ? e.message : String(e)}${cause}`, null, null);
      }
      const json = (await res.json().catch(() => null)) as { data?: { status?: string }; error?: { code?: string; message?: string } } | null;
      if (!res.ok) {
        const code = json?.error?.code ?? null;
        throw new SubmitError(`HTTP ${res.status}${code ? ` ${code}` : ""}: ${json?.error?.message ?? res.statusText}`, res.status, code);
      }
      const status = json?.data?.status;
      return status === "updated" || status === "unchanged" ? status : "created";
    },
    async close() {},
  };
}

export function pipelineSubmitter(pipeline: Pipeline, sourceId: string, onClose: () => Promise<void>): Submitter {
  return {
    async submit(sub) {
      const out = await pipeline.ingestArticle({ ...sub, sourceId, fetchedAt: sub.fetchedAt ?? new Date().toISOString() });
      return out.status;
    },
    close: onClose,
  };
}
