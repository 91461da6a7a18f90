/** Links shown to users: only http(s) URLs become links (rows stored before the ingest rule are checked again here). */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** rel for every link that leaves the site (no window.opener, no Referer). */
export const EXTERNAL_REL = "noopener noreferrer";
