import Link from "next/link";

export default function NotFound() {
  return (
    <main style={{ display: "grid", placeItems: "center", minBlockSize: "100vh", textAlign: "center", gap: 12 }}>
      <div>
        <h1 style={{ fontSize: 22, marginBlockEnd: 8 }}>Page not found · الصفحة غير موجودة</h1>
        <Link href="/">Go to the dashboard · الذهاب إلى لوحة المتابعة</Link>
      </div>
    </main>
  );
}
