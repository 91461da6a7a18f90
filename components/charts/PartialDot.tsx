/** A hollow point on a partial bucket (still counting); nothing on complete buckets. */
export function PartialDot({ cx, cy, index, partial, color }: {
  cx?: number; cy?: number; index?: number; partial: readonly number[]; color: string;
}) {
  if (cx === undefined || cy === undefined || index === undefined || !partial.includes(index)) return <g />;
  return <circle cx={cx} cy={cy} r={3.5} fill="var(--surface)" stroke={color} strokeWidth={1.5} data-partial-point={index} />;
}
