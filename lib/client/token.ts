/** The read-only viewer token from the page URL (`?token=`), passed through to the API and the socket. */
export function viewerToken(): string | null {
  if (typeof window === "undefined") return null;
  const t = new URLSearchParams(window.location.search).get("token");
  return t && t.length <= 500 ? t : null;
}
