import { groupDated } from './dated';
import type { Features } from './features';
import type { Group } from './question';
import { placeUndated } from './undated';

/**
 * Claims of one block (one measure, count or share, of the system or one place) → the questions:
 * dated claims by their years and the people they count (dated.ts), then undated ones by what
 * their text ties them to (undated.ts).
 */
export function groupBlock(block: readonly Features[]): Group[] {
  const dated = groupDated(block.filter((f) => f.period !== null));
  const undated = placeUndated(block, block.filter((f) => f.period === null), dated);
  return [...dated, ...undated];
}
