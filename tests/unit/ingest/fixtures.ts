/**
 * Feed and article fixtures written for these tests (short Arabic sentences of our own; no corpus text).
 */
export interface FixtureItem {
  title: string;
  link?: string | null;
  guid?: string | null;
  description?: string;
  content?: string;
  pubDate?: string | null;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const SENTENCES = [
  "قال وزير الداخلية السوري أنس خطاب إن قوات الأمن ألقت القبض على خلية في ريف دمشق.",
  "أعلنت القيادة المركزية الأمريكية أنها نفذت غارة في محافظة دير الزور استهدفت قياديا في تنظيم داعش.",
  "نفت وزارة الخارجية السورية صحة التقارير عن زيارة وفد أجنبي إلى دمشق الأسبوع الماضي.",
  "أكد محافظ حلب أن الخدمات عادت إلى أحياء المدينة الشرقية بعد أعمال صيانة.",
  "حذر مسؤول في الدفاع المدني من ارتفاع منسوب المياه في نهر الفرات قرب الرقة.",
  "أوضحت مديرية الأمن العام في حمص أن دورياتها صادرت أسلحة في بلدة تلبيسة.",
];

/** A body long enough to count as full text (≥ 400 characters). */
export function longBody(seed: number, extra = ""): string {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) out.push(SENTENCES[(seed + i) % SENTENCES.length]!);
  return `تقرير من مراسلنا. ${out.join(" ")} ${extra}`.trim();
}

export function rss(items: FixtureItem[], opts: { title?: string; encoding?: string } = {}): string {
  const prolog = `<?xml version="1.0" encoding="${opts.encoding ?? "UTF-8"}"?>`;
  const body = items
    .map((it) => {
      const parts = [`<title>${esc(it.title)}</title>`];
      if (it.link) parts.push(`<link>${esc(it.link)}</link>`);
      if (it.guid) parts.push(`<guid isPermaLink="false">${esc(it.guid)}</guid>`);
      if (it.description) parts.push(`<description>${esc(it.description)}</description>`);
      if (it.content) parts.push(`<content:encoded><![CDATA[${it.content}]]></content:encoded>`);
      if (it.pubDate) parts.push(`<pubDate>${it.pubDate}</pubDate>`);
      return `<item>${parts.join("")}</item>`;
    })
    .join("\n");
  return `${prolog}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${esc(opts.title ?? "أخبار تجريبية")}</title><link>https://example.test/</link>
${body}
</channel></rss>`;
}

export function atom(entries: FixtureItem[], opts: { title?: string } = {}): string {
  const body = entries
    .map((e) => {
      const parts = [`<title>${esc(e.title)}</title>`];
      if (e.guid) parts.push(`<id>${esc(e.guid)}</id>`);
      if (e.link) parts.push(`<link rel="alternate" type="text/html" href="${esc(e.link)}"/>`);
      if (e.pubDate) parts.push(`<published>${e.pubDate}</published><updated>${e.pubDate}</updated>`);
      if (e.description) parts.push(`<summary type="html">${esc(e.description)}</summary>`);
      if (e.content) parts.push(`<content type="html">${esc(e.content)}</content>`);
      return `<entry>${parts.join("")}</entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(opts.title ?? "أطلس")}</title><id>urn:test:atom</id>
<link rel="self" href="/atom.xml"/>
${body}
</feed>`;
}

/** An article page with chrome around the story, for readability extraction. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(title)} | موقع تجريبي</title>
<meta property="article:published_time" content="2026-11-20T08:30:00Z"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/sy">سوريا</a> <a href="/world">العالم</a></nav></header>
<main><article><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}</article></main>
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/a">عنوان جانبي أول</a></li><li><a href="/b">عنوان جانبي ثان</a></li></ul></aside>
<footer>جميع الحقوق محفوظة</footer><script>var tracking = 1;</script></body></html>`;
}
