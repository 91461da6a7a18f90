/** POST /api/articles: an Arabic article (text or HTML) in, attributed statements out (extraction runs in a worker). */
import { articleInputSchema } from "../../../lib/contract/schemas";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

export const articleRoutes: RouteModule = (app) => [
  {
    method: "POST",
    path: "/api/articles",
    access: "write",
    async handler(rc) {
      // The JSON envelope adds a little to the article itself; the pipeline bounds the text exactly.
      const body = await rc.json({ maxBytes: app.env.ARTICLE_MAX_BYTES + 64 * 1024 });
      const input = parseOrThrow(articleInputSchema, body, "article");
      const out = await app.pipeline.ingestArticle({ ...input, sourceId: "api" });
      return {
        status: out.status === "unchanged" ? 200 : 201,
        data: { articleId: out.articleId, status: out.status, statements: out.statements, retractedIds: out.retractedIds },
      };
    },
  },
];
