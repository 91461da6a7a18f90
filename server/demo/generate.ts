/** Pure-ish generator of demo statements (randomness injected). */
import type { StatementInput } from "../../lib/contract/schemas";
import { DEMO_ACTORS, type DemoActor } from "./actors";
import { fillCounts } from "./numbers";
import { DEMO_PLACES, DEMO_TEMPLATES, type DemoPlace } from "./phrases";

export type Rng = () => number;

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[Math.min(xs.length - 1, Math.floor(rng() * xs.length))]!;
}

const TOTAL_WEIGHT = DEMO_ACTORS.reduce((a, b) => a + b.weight, 0);

export function pickActor(rng: Rng): DemoActor {
  let r = rng() * TOTAL_WEIGHT;
  for (const a of DEMO_ACTORS) if ((r -= a.weight) < 0) return a;
  return DEMO_ACTORS[0]!;
}

function randomKey(rng: Rng): string {
  return Array.from({ length: 4 }, () => Math.floor(rng() * 0x100000000).toString(36)).join("");
}

/** Places in the actor's areas of operation (unresolvable places stay possible for everyone). */
function placesFor(actor: DemoActor): readonly DemoPlace[] {
  const areas = actor.areas;
  return areas ? DEMO_PLACES.filter((p) => p.gov === null || areas.includes(p.gov)) : DEMO_PLACES;
}

/** One demo statement published at `at`; `place` forces a place (bursts around one event). */
export function demoStatement(rng: Rng, at: Date, place?: (typeof DEMO_PLACES)[number]): StatementInput {
  // Around a forced place (a burst), only actors that operate there speak.
  let actor = pickActor(rng);
  for (let i = 0; i < 20 && place?.gov && actor.areas && !actor.areas.includes(place.gov); i++) actor = pickActor(rng);
  const templates = DEMO_TEMPLATES.filter((t) => actor.groups.includes(t.group));
  const tpl = pick(rng, templates);
  const p = tpl.text.includes("{place}") ? (place ?? pick(rng, placesFor(actor))) : null;
  // Counts 1-14 (mostly small), each noun in the form its number requires (1, 2, 3-10, 11+).
  const text = fillCounts(tpl.text.replaceAll("{place}", p?.nameAr ?? ""), () => 1 + Math.floor(rng() * rng() * 14));
  // Stated a little before it was published (never in the future).
  const statedAt = new Date(at.getTime() - Math.floor(rng() * 20 * 60_000));
  return {
    idempotencyKey: `demo:${randomKey(rng)}`,
    actor: { id: actor.id, nameAr: actor.nameAr, nameEn: actor.nameEn, kind: actor.kind, aliases: actor.aliases },
    type: tpl.type,
    text,
    quote: tpl.quote,
    statedAt: statedAt.toISOString(),
    publishedAt: at.toISOString(),
    source: { outlet: "Demo", url: null, articleId: null },
    governorates: p?.gov ? [p.gov] : [],
    securityOperation: tpl.security,
    evidence: null,
  };
}

/** A burst: several statements about one place within a few minutes. */
export function demoBurst(rng: Rng, at: Date, size: number): StatementInput[] {
  const place = pick(rng, DEMO_PLACES.filter((p) => p.gov !== null));
  return Array.from({ length: size }, (_, i) => demoStatement(rng, new Date(at.getTime() - i * 15_000), place));
}

/** Timestamps of `hours` of history ending at `now`, denser in the day than at night. */
export function backfillTimes(rng: Rng, now: Date, hours: number, perHour: number): Date[] {
  const out: Date[] = [];
  for (let h = hours; h > 0; h--) {
    const hourStart = now.getTime() - h * 3_600_000;
    const utcHour = new Date(hourStart).getUTCHours();
    const daylight = 0.35 + 0.65 * Math.max(0, Math.sin(((utcHour - 3) / 24) * 2 * Math.PI));
    const n = Math.round(perHour * daylight * (0.6 + rng() * 0.8));
    for (let i = 0; i < n; i++) out.push(new Date(hourStart + Math.floor(rng() * 3_600_000)));
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}
