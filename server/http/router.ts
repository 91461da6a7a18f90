/** A tiny router: method + path pattern (`/api/actors/:id`) → route. Literal segments win over parameters. */
import type { HttpMethod, Route } from "./types";

interface Compiled {
  route: Route;
  segments: string[];
  /** Higher = more specific (more literal segments, earlier). */
  score: number;
}

export type Match =
  | { kind: "found"; route: Route; params: Record<string, string> }
  | { kind: "method_not_allowed"; allow: HttpMethod[] }
  | { kind: "not_found" };

function split(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

export class Router {
  private readonly compiled: Compiled[] = [];

  constructor(routes: Route[] = []) {
    for (const r of routes) this.add(r);
  }

  add(route: Route): void {
    const segments = split(route.path);
    const score = segments.reduce((acc, s, i) => acc + (s.startsWith(":") ? 0 : 2 ** (16 - i)), 0);
    this.compiled.push({ route, segments, score });
    this.compiled.sort((a, b) => b.score - a.score);
  }

  match(method: string, pathname: string): Match {
    let parts: string[];
    try {
      parts = split(pathname).map((p) => decodeURIComponent(p));
    } catch {
      return { kind: "not_found" };
    }
    const allow = new Set<HttpMethod>();
    for (const c of this.compiled) {
      const params = matchSegments(c.segments, parts);
      if (!params) continue;
      if (c.route.method === method || (method === "HEAD" && c.route.method === "GET")) {
        return { kind: "found", route: c.route, params };
      }
      allow.add(c.route.method);
    }
    return allow.size ? { kind: "method_not_allowed", allow: [...allow] } : { kind: "not_found" };
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const v = parts[i]!;
    if (p.startsWith(":")) params[p.slice(1)] = v;
    else if (p !== v) return null;
  }
  return params;
}
