import Link from "next/link";

/** Unknown actor id (HTTP 404): both languages, since the page has no language context yet. */
export default function ActorNotFound() {
  return (
    <main style={{ display: "grid", placeItems: "center", minBlockSize: "100vh", textAlign: "center" }} data-testid="actor-not-found">
      <div>
        <h1 style={{ fontSize: 22, marginBlockEnd: 8 }}>Unknown actor · <span lang="ar">جهة غير معروفة</span></h1>
        <p className="muted" style={{ marginBlockEnd: 12 }}>No statements were ever recorded for this actor id. · <span lang="ar">لم يُسجَّل أي تصريح لهذه الجهة.</span></p>
        <Link href="/">Go to the dashboard · <span lang="ar">الذهاب إلى لوحة المتابعة</span></Link>
      </div>
    </main>
  );
}
