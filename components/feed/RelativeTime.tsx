"use client";
import { useNow } from "../../lib/client/useNow";
import { fmtDateTime, relativeTime } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";

/** "12 s ago", kept ticking by the shared ticker (1 s for the first minute, then 10 s). */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const { lang, t } = useLang();
  const ms = Date.parse(iso);
  const fast = useNow(1_000);
  const slow = useNow(10_000);
  const young = fast - ms < 60_000;
  const now = young ? fast : slow;
  return (
    <time dateTime={iso} className={className} title={fmtDateTime(lang, iso)} suppressHydrationWarning>
      {now === 0 ? fmtDateTime(lang, iso) : relativeTime(lang, t, now - ms)}
    </time>
  );
}
