/** GET /api/export?format=csv|ndjson&<feed filters>: every matching statement, streamed (viewer role). */
import { exportQuerySchema } from "../../../lib/contract/schemas";
import { EXPORT_CONTENT_TYPE, exportStatements } from "../../ops/export";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

export const exportRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/export",
    access: "viewer",
    handler(rc) {
      const { format, ...filter } = parseOrThrow(exportQuerySchema, rc.query, "query");
      const name = `bayan-statements-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.${format}`;
      return {
        headers: { "content-type": EXPORT_CONTENT_TYPE[format], "content-disposition": `attachment; filename="${name}"` },
        async stream(write) {
          const rows = await exportStatements(app.store, filter, format, write);
          rc.log.info("export", { format, rows });
        },
      };
    },
  },
];
