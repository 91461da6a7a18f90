/** Splits an article into runs for the detail view: inside/outside the sentence, and actor/place marks. Pure. */
import type { TextMark } from "../../lib/contract/dto";

export interface Segment {
  start: number;
  end: number;
  inSentence: boolean;
  mark: TextMark | null;
}

export function articleSegments(length: number, sentence: { start: number; end: number } | null, marks: readonly TextMark[]): Segment[] {
  const valid = marks
    .filter((m) => m.start >= 0 && m.end <= length && m.end > m.start)
    .sort((a, b) => a.start - b.start)
    .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
  const cuts = new Set([0, length]);
  if (sentence) { cuts.add(sentence.start); cuts.add(sentence.end); }
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({
      start, end,
      inSentence: sentence !== null && start >= sentence.start && end <= sentence.end,
      mark: valid.find((m) => m.start <= start && end <= m.end) ?? null,
    });
  }
  return out;
}
