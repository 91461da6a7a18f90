"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./Filters.module.css";

export interface Option { value: string; label: string; sub?: string; color?: string; count?: string }

interface Props {
  label: string;
  options: Option[];
  selected: string[];
  onToggle: (value: string) => void;
  testId: string;
  search?: { value: string; onChange: (v: string) => void; placeholder: string };
  empty?: ReactNode;
}

/** Dropdown with checkable options and optional search. Closes on outside click or Escape. */
export function MultiSelect({ label, options, selected, onToggle, testId, search, empty }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    const onKey = (e: KeyboardEvent) => { if (e.key === "Escape") setOpen(false); };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => { document.removeEventListener("mousedown", onDown); document.removeEventListener("keydown", onKey); };
  }, [open]);
  return (
    <div className={styles.wrap} ref={ref}>
      <button type="button" className="btn" aria-expanded={open} aria-haspopup="listbox" onClick={() => setOpen((o) => !o)} data-testid={testId}>
        {label}
        {selected.length > 0 && <span className="count-badge">{selected.length}</span>}
        <span aria-hidden style={{ fontSize: 10, opacity: 0.6 }}>▼</span>
      </button>
      {open && (
        <div className={styles.pop} data-testid={`${testId}-popover`}>
          {search && (
            <input
              className={styles.search} autoFocus type="search" value={search.value}
              placeholder={search.placeholder} onChange={(e) => search.onChange(e.target.value)} aria-label={search.placeholder}
              data-testid={`${testId}-search`}
            />
          )}
          <div className={styles.options} role="listbox" aria-multiselectable>
            {options.length === 0 && <div className={styles.noMatch}>{empty}</div>}
            {options.map((o) => {
              const on = selected.includes(o.value);
              return (
                <button
                  key={o.value} type="button" role="option" aria-selected={on} aria-checked={on}
                  className={styles.option} onClick={() => onToggle(o.value)} data-value={o.value}
                >
                  <span className={styles.check} aria-hidden>{on ? "✓" : ""}</span>
                  {o.color && <span className={styles.swatch} style={{ background: o.color }} aria-hidden />}
                  <span className={styles.optText}>
                    <span className={styles.optLabel}>{o.label}</span>
                    {o.sub && <span className={styles.optSub}>{o.sub}</span>}
                  </span>
                  {o.count && <span className={`${styles.optCount} num`}>{o.count}</span>}
                </button>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
