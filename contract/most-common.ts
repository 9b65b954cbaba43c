import { greatest, rollup } from 'd3-array';

/** The item given most often; among equals, the first given. */
export function mostCommon<T>(items: Iterable<T>): T | undefined {
  return greatest(rollup(items, (same) => same.length, (item) => item), ([, n]) => n)?.[0];
}
