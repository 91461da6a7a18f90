/**
 * Every /api route module, in one plain list. To add an area, export a `RouteModule`
 * (`(app: AppContext) => Route[]`, see ../types.ts) and append it here.
 */
import type { RouteModule } from "../types";
import { actorRoutes } from "./actors";
import { aggregateRoutes } from "./aggregates";
import { articleRoutes } from "./articles";
import { exportRoutes } from "./export";
import { statementRoutes } from "./statements";
import { systemRoutes } from "./system";
import { keyRoutes } from "./keys";
import { latencyRoutes } from "./latency";
import { sourceRoutes } from "./sources";

export const routeModules: RouteModule[] = [
  systemRoutes,
  statementRoutes,
  articleRoutes,
  aggregateRoutes,
  actorRoutes,
  // --- sources engineer: append the `/api/sources*` and `/api/latency` route modules below ---
  sourceRoutes,
  latencyRoutes,
  keyRoutes,
  exportRoutes,
];
