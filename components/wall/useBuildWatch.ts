"use client";
import { useRef } from "react";
import { useOnConnected } from "../../lib/client/useConnection";

const KEY = "bayan:wall:reloadedFor";

/** The page's build, identified by its Next.js static chunk URLs (content-hashed per build). */
export function buildSignature(html: string): string {
  const srcs = new Set<string>();
  for (const m of html.matchAll(/\/_next\/static\/[^"'\s)]+?\.(?:js|css)/g)) srcs.add(m[0]);
  return [...srcs].sort().join("|");
}

/**
 * After every reconnect (a server restart or deploy looks like one), fetch this page again and
 * compare its build signature with the running one; if the app was redeployed, reload once.
 * The session flag prevents a reload loop if the signatures keep differing.
 */
export function useBuildWatch(): void {
  // The first connect records this page's build; later (re)connects compare against it.
  const mine = useRef<string | null>(null);
  useOnConnected(() => {
    if (mine.current === null) { mine.current = buildSignature(document.documentElement.outerHTML); return; }
    const own = mine.current;
    void (async () => {
      try {
        const res = await fetch(window.location.href, { cache: "no-store", headers: { accept: "text/html" } });
        if (!res.ok) return;
        const theirs = buildSignature(await res.text());
        if (!theirs || !own || theirs === own) return;
        if (sessionStorage.getItem(KEY) === theirs) return;
        sessionStorage.setItem(KEY, theirs);
        window.location.reload();
      } catch { /* offline again: the next reconnect retries */ }
    })();
  });
}
