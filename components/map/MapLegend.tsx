"use client";
import type { MapScale } from "./scale";
import { formatCount, MAP_STRINGS, type MapLang } from "./strings";
import styles from "./GovernorateMap.module.css";

interface Props {
  scale: MapScale;
  unresolved: number;
  lang: MapLang;
  title: string;
  /** "overlay": stacked over the map's bottom corner; "below": wrapping rows under the map (wall). */
  layout?: "overlay" | "below";
}

/** Legend with the scale's class ranges (zero first) plus the always-visible "location unresolved" box. */
export function MapLegend({ scale, unresolved, lang, title, layout = "overlay" }: Props) {
  const t = MAP_STRINGS[lang];
  const fmt = (n: number) => formatCount(n, lang);
  return (
    <div className={layout === "below" ? styles.legendBelow : styles.side} data-testid="map-legend">
      <div className={styles.legend} aria-label={title} role="list">
        <div className={styles.legendTitle}>{title}</div>
        <div className={styles.legendRow} role="listitem" data-from={0} data-to={0}>
          <span className={styles.swatch} style={{ background: scale.zero }} />
          <span className={styles.legendRange}>{fmt(0)}</span>
        </div>
        {scale.classes.map((c) => (
          <div key={c.from} className={styles.legendRow} role="listitem" data-from={c.from} data-to={c.to}>
            <span className={styles.swatch} style={{ background: c.color }} />
            <span className={styles.legendRange}>{c.from === c.to ? fmt(c.from) : `${fmt(c.from)}–${fmt(c.to)}`}</span>
          </div>
        ))}
      </div>
      <div className={styles.unresolved} data-testid="map-unresolved" role="status">
        {t.unresolved}: <strong>{fmt(unresolved)}</strong>
      </div>
    </div>
  );
}
