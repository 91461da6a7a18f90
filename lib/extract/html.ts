/**
 * HTML -> plain text for extraction (pure). Drops scripts, styles, navigation, footers,
 * asides and captions; block elements become newlines so paragraphs survive.
 */
import { parseHTML } from "linkedom";

const DROP = "script,style,noscript,nav,footer,aside,figcaption,template,iframe,svg,form,button,header nav,[aria-hidden=true]";
const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TR", "TABLE",
  "HEADER", "MAIN", "FIGURE", "PRE", "DD", "DT", "DL", "TD", "TH",
]);

interface MiniNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<MiniNode> }

function walk(node: MiniNode, out: string[]): void {
  if (node.nodeType === 3) { out.push((node.textContent ?? "").replace(/\s+/g, " ")); return; }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (name === "BR") { out.push("\n"); return; }
  const block = BLOCK.has(name);
  if (block) out.push("\n");
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block) out.push("\n");
}

export function htmlToText(html: string): string {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  for (const el of [...document.querySelectorAll(DROP)]) el.remove();
  const root = (document.body ?? document.documentElement) as unknown as MiniNode | null;
  if (!root) return "";
  const parts: string[] = [];
  walk(root, parts);
  return parts.join("")
    .split("\n").map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim()).join("\n")
    .replace(/\n{3,}/g, "\n\n").trim();
}

/** The <title> (or og:title) of an HTML document, if any. */
export function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(html) ?? /property=["']og:title["'][^>]*content=["']([^"']*)/i.exec(html);
  return m?.[1]?.trim() || null;
}
