"use client";
import Link from "next/link";
import { DEFAULT_FILTERS } from "../../lib/client/filters";
import { useActor } from "../../lib/client/useActor";
import { fmtDate, fmtNumber } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Actor.module.css";

const ALL_TIME = { ...DEFAULT_FILTERS, range: "all" as const };

/**
 * Shown when the range holds none of the actor's statements: how many there are outside it, when
 * the last one was made, and a link to the same page over all time (`allHref`).
 */
export function OutsideRange({ id, allHref }: { id: string; allHref: string }) {
  const { t, lang } = useLang();
  const all = useActor(id, ALL_TIME);
  const n = all.data?.total ?? 0;
  if (n === 0) return null;
  return (
    <div className={styles.outside} role="status" data-testid="actor-outside" data-count={n}>
      <span>{n === 1 ? t("actor.outsideOne") : t("actor.outside", { n: fmtNumber(lang, n) })}</span>
      {all.data?.lastStatedAt && <span className="muted">· {t("actor.last")}: {fmtDate(lang, all.data.lastStatedAt)}</span>}
      <Link href={allHref} className="btn" data-testid="actor-show-all">{t("actor.showAll")}</Link>
    </div>
  );
}
