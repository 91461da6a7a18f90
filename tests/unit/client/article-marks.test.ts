/** Detail drawer: actor/place marks (pure) and how they split the article around the sentence. */
import { describe, expect, it } from "vitest";
import { articleSegments } from "../../../components/feed/articleSegments";
import { articleMarks } from "../../../lib/extract/marks";

const TEXT = "قال وزير الخارجية إن الوضع في حلب ومنبج هادئ. وأضاف الشيباني أن الدفاعات الجوية تعمل. وكرر الوزير أن إدلب آمنة.";

describe("articleMarks", () => {
  it("marks whole-word names (one proclitic allowed) and only the statement's governorates", () => {
    const m = articleMarks(TEXT, ["الشيباني", "وزير الخارجية", "الدفاع"], ["SY-HL"]);
    const shown = m.map((x) => [x.kind, TEXT.slice(x.start, x.end)]);
    expect(shown).toEqual([["actor", "وزير الخارجية"], ["place", "حلب"], ["place", "منبج"], ["actor", "الشيباني"]]);
    // "الدفاع" is not marked inside "الدفاعات"; إدلب (SY-ID) is not one of the statement's governorates.
    expect(articleMarks(TEXT, ["الدفاع"], [])).toEqual([]);
    // Alef/hamza variants match.
    expect(articleMarks("قال اسعد الشيباني", ["أسعد الشيباني"], []).map((x) => [x.start, x.end])).toEqual([[4, 17]]);
  });
});

describe("articleSegments", () => {
  it("splits at the sentence and at marks, clipping a mark that crosses the sentence edge", () => {
    const segs = articleSegments(20, { start: 5, end: 12 }, [
      { start: 2, end: 7, kind: "actor" }, { start: 9, end: 10, kind: "place" }, { start: 9, end: 11, kind: "place" },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.inSentence, s.mark?.kind ?? null])).toEqual([
      [0, 2, false, null], [2, 5, false, "actor"], [5, 7, true, "actor"], [7, 9, true, null],
      [9, 10, true, "place"], [10, 12, true, null], [12, 20, false, null],
    ]);
    expect(articleSegments(5, null, [{ start: 3, end: 9, kind: "actor" }])).toEqual([{ start: 0, end: 5, inSentence: false, mark: null }]);
  });
});
