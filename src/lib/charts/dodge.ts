/**
 * Horizontal offsets, in pixels, that keep marks from covering each other: each point in turn
 * takes the nearest free slot (0, +gap, -gap, +2·gap, …) on its own line, so estimates of the same
 * value for the same year sit side by side instead of on top of one another. Points are looked up
 * in a grid of `gap`-sized cells, so this is linear in the number of points.
 */
export function dodge(points: readonly [number, number][], gap: number, maxSteps = 60): number[] {
  const taken = new Map<string, [number, number][]>();
  const cell = (x: number, y: number) => `${Math.floor(x / gap)},${Math.floor(y / gap)}`;
  const clashes = (x: number, y: number) => {
    const cx = Math.floor(x / gap);
    const cy = Math.floor(y / gap);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const [px, py] of taken.get(`${i},${j}`) ?? []) if (Math.hypot(px - x, py - y) < gap) return true;
    return false;
  };
  return points.map(([x, y]) => {
    let offset = 0;
    for (let step = 1; step <= maxSteps && clashes(x + offset, y); step++) offset = Math.ceil(step / 2) * gap * (step % 2 ? 1 : -1);
    const key = cell(x + offset, y);
    const placed = taken.get(key);
    if (placed) placed.push([x + offset, y]);
    else taken.set(key, [[x + offset, y]]);
    return offset;
  });
}
