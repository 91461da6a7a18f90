"use client";
import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from "react";
import { GOVERNORATE_CODES, governorate, type GovernorateCode } from "../../lib/domain/governorates";
import { SHAPES, VIEWBOX } from "./geometry.generated";
import { MapLegend } from "./MapLegend";
import { buildScale, inkFor } from "./scale";
import { formatCount, MAP_STRINGS } from "./strings";
import { useSvgScale } from "./useSvgScale";
import styles from "./GovernorateMap.module.css";

export interface GovernorateMapProps {
  counts: Partial<Record<GovernorateCode, number>>;
  unresolved: number;
  selected: GovernorateCode[];
  onSelect?: (code: GovernorateCode) => void;
  lang: "en" | "ar";
  theme?: "light" | "dark";
  /** Total height in px; omit to size from the width (or use `fill`). */
  height?: number;
  /** Fill the parent's height (wall screen grid cell). */
  fill?: boolean;
  /** Governorates to make glow (wall screen "watch" hits). */
  highlighted?: GovernorateCode[];
  /** Draw each count under its name (wall screen). */
  showCounts?: boolean;
  /** Legend title / tooltip noun; defaults to security-operation reports. */
  metricLabel?: string;
  /** On-screen label size, any CSS length (default 12px); the legend uses it too. */
  labelSize?: string;
  /** Legend over the map's bottom corner (default) or in rows under the map, at the label size (wall). */
  legend?: "overlay" | "below";
}

interface Tip { code: GovernorateCode; x: number; y: number }

/** With counts (two-line labels, wall), Idlib, Aleppo and Raqqa move apart so their labels never overlap. */
const COUNT_LABEL_AT: Partial<Record<GovernorateCode, readonly [number, number]>> = {
  "SY-ID": [128, 236], "SY-HL": [322, 172], "SY-RA": [528, 280],
};

/** Choropleth of Syria's 14 governorates (SVG, paths precomputed with d3-geo). */
export function GovernorateMap(props: GovernorateMapProps) {
  const { counts, unresolved, selected, onSelect, lang, theme = "light", height, fill, highlighted = [], showCounts } = props;
  const t = MAP_STRINGS[lang];
  const svgRef = useRef<SVGSVGElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const px = useSvgScale(svgRef, VIEWBOX.width, VIEWBOX.height);
  const [tip, setTip] = useState<Tip | null>(null);
  const countsKey = GOVERNORATE_CODES.map((c) => counts[c] ?? 0).join(",");
  const scale = useMemo(() => buildScale(countsKey.split(",").map(Number), theme), [countsKey, theme]);
  const name = (c: GovernorateCode) => (lang === "ar" ? governorate(c).nameAr : governorate(c).nameEn);
  const describe = (c: GovernorateCode) =>
    `${name(c)}: ${formatCount(counts[c] ?? 0, lang)} ${props.metricLabel ?? t.metric}${selected.includes(c) ? ` (${t.selected})` : ""}`;

  const place = (code: GovernorateCode, clientX: number, clientY: number) => {
    const box = wrapRef.current?.getBoundingClientRect();
    if (box) setTip({ code, x: clientX - box.left, y: clientY - box.top });
  };
  const onMove = (code: GovernorateCode) => (e: PointerEvent<SVGPathElement>) => place(code, e.clientX, e.clientY);
  const onFocus = (code: GovernorateCode) => (e: { currentTarget: SVGPathElement }) => {
    const r = e.currentTarget.getBoundingClientRect();
    place(code, r.left + r.width / 2, r.top + r.height / 2);
  };
  const onKey = (code: GovernorateCode) => (e: KeyboardEvent<SVGPathElement>) => {
    if (onSelect && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      onSelect(code);
    }
  };

  const below = props.legend === "below";
  const rootStyle = { height: fill ? "100%" : height, "--map-px": String(px), "--map-label": props.labelSize ?? "12px" } as CSSProperties;
  return (
    <figure ref={wrapRef} className={`${styles.root} ${styles[theme]} ${fill || height ? styles.sized : ""}`} style={rootStyle} dir={lang === "ar" ? "rtl" : "ltr"} data-testid="governorate-map">
      <div className={`${styles.stage} ${below ? styles.stageBelow : ""}`}>
        <svg ref={svgRef} className={styles.svg} viewBox={`${VIEWBOX.x} 0 ${VIEWBOX.width} ${VIEWBOX.height}`} direction="ltr" style={fill || height ? undefined : { aspectRatio: `${VIEWBOX.width} / ${VIEWBOX.height}` }} preserveAspectRatio="xMidYMid meet" role="group" aria-label={t.mapLabel} onPointerLeave={() => setTip(null)}>
          {GOVERNORATE_CODES.map((c) => (
            <path key={c} d={SHAPES[c].d} fill={scale.color(counts[c] ?? 0)} data-code={c} data-count={counts[c] ?? 0}
              className={`${styles.shape} ${onSelect ? styles.clickable : ""} ${highlighted.includes(c) ? styles.glow : ""}`}
              tabIndex={onSelect ? 0 : undefined} role={onSelect ? "button" : "img"} aria-label={describe(c)}
              aria-pressed={onSelect ? selected.includes(c) : undefined}
              onClick={onSelect ? () => onSelect(c) : undefined} onKeyDown={onKey(c)}
              onPointerMove={onMove(c)} onFocus={onFocus(c)} onBlur={() => setTip(null)}>
              <title>{describe(c)}</title>
            </path>
          ))}
          {selected.map((c) => <path key={`sel-${c}`} d={SHAPES[c].d} className={styles.selected} data-selected={c} />)}
          <g className={styles.labels} aria-hidden="true">
            {GOVERNORATE_CODES.map((c) => {
              const s = SHAPES[c];
              const [lx, ly] = (showCounts && COUNT_LABEL_AT[c]) || s.label;
              const bg = scale.color(counts[c] ?? 0);
              const ink = s.callout ? undefined : { fill: inkFor(bg), stroke: bg };
              return (
                <g key={c}>
                  {s.callout && <line className={styles.leader} x1={s.centroid[0]} y1={s.centroid[1]} x2={lx + 6} y2={ly} />}
                  <text x={lx} y={ly} className={s.callout ? styles.calloutText : styles.label} style={ink}>
                    {name(c)}
                    {showCounts && (s.callout
                      ? <tspan className={styles.count}>{` ${formatCount(counts[c] ?? 0, lang)}`}</tspan>
                      : <tspan x={lx} dy="1.15em" className={styles.count}>{formatCount(counts[c] ?? 0, lang)}</tspan>)}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
        {!below && <MapLegend scale={scale} unresolved={unresolved} lang={lang} title={props.metricLabel ?? t.legend} />}
        {tip && (
          <div className={styles.tooltip} style={{ insetInlineStart: undefined, left: tip.x, top: tip.y }} role="tooltip" data-testid="map-tooltip">
            <strong>{name(tip.code)}</strong> {formatCount(counts[tip.code] ?? 0, lang)}
          </div>
        )}
      </div>
      <figcaption className={below ? styles.below : styles.attribution}>
        {below && <MapLegend scale={scale} unresolved={unresolved} lang={lang} title={props.metricLabel ?? t.legend} layout="below" />}
        <a href="https://www.amcharts.com/" target="_blank" rel="noopener noreferrer" className={styles.credit}>{t.attribution}</a>
      </figcaption>
    </figure>
  );
}
