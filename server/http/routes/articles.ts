/**
 * POST /api/articles: an Arabic article in, attributed statements out (extraction runs in a worker).
 * Body: JSON `{ text | html, url?, outlet?, title?, publishedAt?, language? }`, or the raw article as
 * `text/plain` / `text/html` with its charset declared (UTF-8, windows-1256, ...) and the metadata in the query string.
 */
import { articleInputSchema, type ArticleInput } from "../../../lib/contract/schemas";
import { AppError } from "../../../lib/errors";
import { ArticleFileError, decodeArticleBytes } from "../../../lib/ingest/file-article";
import { parseOrThrow } from "../validate";
import { API_SOURCE } from "../../source-activity";
import type { RequestContext, RouteModule } from "../types";

function rawKind(contentType: string | undefined): "text" | "html" | null {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain") return "text";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  return null;
}

async function readArticle(rc: RequestContext, maxBytes: number): Promise<ArticleInput> {
  const kind = rawKind(rc.req.headers["content-type"]);
  if (!kind) {
    // JSON bodies may exceed the article limit by the envelope's 64 KiB (escapes, metadata).
    const body = await rc.json({ maxBytes: maxBytes + 64 * 1024 }).catch((e: unknown) => {
      if (e instanceof AppError && e.code === "unsupported_media_type") {
        throw new AppError("unsupported_media_type", "Content-Type must be application/json, text/plain or text/html");
      }
      throw e;
    });
    return parseOrThrow(articleInputSchema, body, "article");
  }
  const bytes = await rc.body({ maxBytes });
  let text: string;
  try {
    // The same byte checks and decoding as article files (lib/ingest/file-article.ts).
    text = decodeArticleBytes(bytes, rc.req.headers["content-type"]);
  } catch (e) {
    if (!(e instanceof ArticleFileError)) throw e;
    const message = e.reason === "binary" ? "The article does not look like text (binary data?)"
      : e.reason === "empty" ? "The article is empty" : `Cannot decode the article: ${e.message}`;
    throw new AppError("unprocessable_article", message);
  }
  const { url, outlet, title, publishedAt, language } = rc.query;
  return parseOrThrow(articleInputSchema, { [kind]: text, url, outlet, title, publishedAt, language }, "article");
}

export const articleRoutes: RouteModule = (app) => [
  {
    method: "POST",
    path: "/api/articles",
    access: "ingest",
    async handler(rc) {
      const input = await readArticle(rc, app.env.ARTICLE_MAX_BYTES);
      // The pipeline counts a new or changed version as an `api` item; a re-post of the same content only marks the source alive.
      const out = await app.pipeline.ingestArticle({ ...input, sourceId: API_SOURCE.id });
      await app.sourceActivity.delivered(API_SOURCE);
      return {
        status: out.status === "unchanged" ? 200 : 201,
        data: { articleId: out.articleId, status: out.status, statements: out.statements, retractedIds: out.retractedIds },
      };
    },
  },
];
