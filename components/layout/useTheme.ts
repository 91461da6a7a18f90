"use client";
import { useSyncExternalStore } from "react";

const query = "(prefers-color-scheme: dark)";

function subscribe(cb: () => void): () => void {
  const m = window.matchMedia(query);
  m.addEventListener("change", cb);
  return () => m.removeEventListener("change", cb);
}

/** Light or dark, following the system preference. */
export function useTheme(): "light" | "dark" {
  return useSyncExternalStore(subscribe, () => (window.matchMedia(query).matches ? "dark" : "light"), () => "light");
}
