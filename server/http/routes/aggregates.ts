/** GET /api/volume (per actor per bucket) and GET /api/governorates (counts per governorate). */
import { filterSchema, volumeQuerySchema } from "../../../lib/contract/schemas";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

export const aggregateRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/volume",
    access: "viewer",
    async handler(rc) {
      return { data: await app.store.volume(parseOrThrow(volumeQuerySchema, rc.query, "query")) };
    },
  },
  {
    method: "GET",
    path: "/api/governorates",
    access: "viewer",
    async handler(rc) {
      return { data: await app.store.governorateCounts(parseOrThrow(filterSchema, rc.query, "query")) };
    },
  },
];
