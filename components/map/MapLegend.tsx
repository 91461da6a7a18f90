"use client";
import type { MapScale } from "./scale";
import { formatCount, MAP_STRINGS, type MapLang } from "./strings";
import styles from "./GovernorateMap.module.css";

interface Props {
  scale: MapScale;
  unresolved: number;
  lang: MapLang;
  title: string;
}

/** Legend with the scale's breaks plus the always-visible "location unresolved" box. */
export function MapLegend({ scale, unresolved, lang, title }: Props) {
  const t = MAP_STRINGS[lang];
  const fmt = (n: number) => formatCount(n, lang);
  return (
    <div className={styles.side}>
      <div className={styles.legend} aria-label={title} role="list">
        <div className={styles.legendTitle}>{title}</div>
        <div className={styles.legendRow} role="listitem">
          <span className={styles.swatch} style={{ background: scale.zero }} />
          <span>{fmt(0)}</span>
        </div>
        {scale.classes.map((c) => (
          <div key={c.from} className={styles.legendRow} role="listitem">
            <span className={styles.swatch} style={{ background: c.color }} />
            <span>{c.from === c.to ? fmt(c.from) : `${fmt(c.from)}–${fmt(c.to)}`}</span>
          </div>
        ))}
      </div>
      <div className={styles.unresolved} data-testid="map-unresolved" role="status">
        {t.unresolved}: <strong>{fmt(unresolved)}</strong>
      </div>
    </div>
  );
}
