/**
 * Line breaks inside a sentence: a single newline with no sentence-final punctuation before it,
 * where the next line continues the clause (LINE_CONTINUATION_ROWS in patterns.ts: it opens with a
 * preposition, complementizer or relative pronoun, or a lowercase Latin letter; or the line before
 * ends with one). Used by chrome removal (such a line is not a headline) and by segmentation (no cut).
 */
import { fold } from "../text/normalize";
import { tokenize } from "../text/tokens";
import { LINE_CONTINUATIONS } from "./patterns";

const FINAL = /[.!?؟؛;:…»"”)\]]\s*$/;

/** Whether a line ending with `before` and the next line starting with `after` are one sentence. */
export function continuesClause(before: string, after: string): boolean {
  if (FINAL.test(before) || before.trim() === "" || after.trim() === "") return false;
  if (/^\s*[a-z]/.test(after)) return true;
  const last = tokenize(fold(before.slice(-40))).pop();
  const first = tokenize(fold(after.slice(0, 40)))[0];
  return (!!first && LINE_CONTINUATIONS.has(first.s)) || (!!last && LINE_CONTINUATIONS.has(last.s));
}
