"use client";
import { useRecovery } from "./useRecovery";

/**
 * Shown instead of a dead page when the app crashed (typically a script that could not load while
 * the server restarted). Bilingual, because the language setting may be what failed; reloads by
 * itself as soon as the server answers.
 */
export function RecoveryScreen({ onRetry }: { onRetry?: () => void }) {
  const seconds = useRecovery();
  return (
    <main role="alert" data-testid="recovery" style={{ minHeight: "100vh", display: "grid", placeItems: "center", padding: "2rem", textAlign: "center", fontFamily: "system-ui, sans-serif", background: "#0f1216", color: "#f1f3f5" }}>
      <div>
        <p style={{ fontSize: "clamp(1.5rem, 3vw, 3rem)", fontWeight: 600, margin: 0 }}>Connection to the server was interrupted</p>
        <p lang="ar" dir="rtl" style={{ fontSize: "clamp(1.5rem, 3vw, 3rem)", fontWeight: 600, margin: "0.5em 0 0" }}>انقطع الاتصال بالخادم</p>
        <p style={{ fontSize: "clamp(1rem, 1.5vw, 1.5rem)", opacity: 0.8 }}>
          The page reloads by itself when the server is back{seconds > 0 ? ` (next check in ${seconds} s)` : ""}.
        </p>
        <button type="button" onClick={() => (onRetry ? onRetry() : window.location.reload())} style={{ fontSize: "1.1rem", padding: "0.5em 1.2em", borderRadius: 8, border: "1px solid #6b7280", background: "transparent", color: "inherit", cursor: "pointer" }}>
          Reload now · إعادة التحميل
        </button>
      </div>
    </main>
  );
}
