/** GET /api/latency?since=<ISO>|&hours=<n>: publication → stored → pushed latency histogram (default: last 24 h). */
import { z } from "zod";
import { isoDateSchema } from "../../../lib/contract/schemas";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

const latencyQuerySchema = z.object({
  since: isoDateSchema.optional(),
  hours: z.coerce.number().min(0.01).max(24 * 365).optional(),
});

export const latencyRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/latency",
    access: "viewer",
    async handler(rc) {
      const q = parseOrThrow(latencyQuerySchema, rc.query, "query");
      const since = q.since ? new Date(q.since) : new Date(Date.now() - (q.hours ?? 24) * 3_600_000);
      const histogram = await app.store.latencyHistogram(since);
      return { data: { since: since.toISOString(), ...histogram } };
    },
  },
];
