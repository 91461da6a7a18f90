/**
 * Page-chrome removal. Returns a same-length copy of the text where chrome is blanked
 * (so offsets stay valid) and the ranges of summary bullets at the top of the article.
 */

import { speechForm } from "./lexicon";
import { continuesClause } from "./lines";
import { fold } from "../text/normalize";
import { tokenize } from "../text/tokens";

const RELATED = /^\s*(?:إقرأ|اقرأ|إقرا|اقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|أيضًا)|^\s*(?:مقالات|مواضيع|أخبار|اخبار)\s+(?:مشابهة|ذات صلة|متعلقة|مرتبطة)|^\s*(?:المزيد|شاهد أيضا|شاهد أيضاً|ذات صلة)\s*[:：]?\s*$/;
const KEYWORDS = /^\s*(?:(?:كلمات\s+دلالية|الكلمات\s+الدلالية)|(?:الوسوم|وسوم|Tags|المصدر|مصدر الخبر)\s*[:：]|تابعنا عبر|تابعونا)/i;
const TWEET = /pic\.twitter\.com|\(@\w+\)\s*[A-Z][a-z]+ \d{1,2}, \d{4}|— .{1,80}\(@\w+\)/;
const CAPTION = /^\s*©|© Photo|\bGetty Images\b|\bAFP via\b|^\s*(?:صورة|الصورة)\s*[:：(]|, \d{3,4}, \d{2}\.\d{2}\.\d{4}\s*$/;
const COUNTER = /^\s*\d+\s*(?:تعليق|تعليقات|مشاهدة|مشاركة)\s*$/;
const BYLINE = /^\s*(?:كتب|بقلم|إعداد|تحرير|ترجمة)\s*[:：]/;
const TERMINAL = /[.!?؟:…]["»”)\]]*\s*$/;
const BULLET = /^\s*(?:[-•*▪●◦]|\d+[.)-])\s+/;

export interface Chrome {
  text: string;
  /** Summary-bullet ranges at the top (statements there repeat the body). */
  bullets: { start: number; end: number }[];
}

function isHeadline(line: string, top: boolean, related = false): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  if (BULLET.test(t)) return related && t.length < 220;
  if (t.length >= 110 || TERMINAL.test(t)) return false;
  // Short unterminated lines are headlines at the top; in the body only when they report nothing.
  if (top) return true;
  // A body sentence without its final period starts with a conjunction or a speech verb.
  if (/^[وف]/.test(t)) return false;
  const first = tokenize(fold(t.slice(0, 40)))[0];
  return !(first && speechForm(first.s));
}

export function removeChrome(text: string): Chrome {
  const lines = text.split("\n");
  const blank = new Array<boolean>(lines.length).fill(false);
  let inRelated = false;
  let nonEmpty = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (t === "") continue;
    if (RELATED.test(t)) { blank[i] = true; inRelated = true; continue; }
    if (inRelated) {
      if (isHeadline(t, true, true)) { blank[i] = true; continue; }
      inRelated = false;
    }
    if (KEYWORDS.test(t) || TWEET.test(t) || CAPTION.test(t) || COUNTER.test(t) || BYLINE.test(t)) { blank[i] = true; continue; }
    if (!/[\u0600-\u06ff]/.test(t)) { blank[i] = true; continue; }
    // A sentence broken over two lines is not a headline ("... دخلت\nإلى القرية ...").
    const next = lines[i + 1];
    if (isHeadline(t, nonEmpty < 3) && !(next !== undefined && continuesClause(t, next))) blank[i] = true;
    nonEmpty++;
  }
  let out = "";
  let pos = 0;
  const bullets: { start: number; end: number }[] = [];
  let bodySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (blank[i]) out += " ".repeat(line.length);
    else {
      out += line;
      // Summary bullets: the first paragraphs made of " - " separated items, before the body starts.
      if (!bodySeen && line.trim() !== "") {
        if (BULLET.test(line) || (line.match(/(?:^|\s)[-•]\s+/g) ?? []).length >= 2) bullets.push({ start: pos, end: pos + line.length });
        else if (line.trim().length > 150) bodySeen = true;
      }
    }
    if (i < lines.length - 1) out += "\n";
    pos += line.length + 1;
  }
  return { text: out, bullets };
}
