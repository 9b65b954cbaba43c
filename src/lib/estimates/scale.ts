import { scaleLinear, scaleLog } from 'd3-scale';

export interface EstimateAxis {
  x: (v: number) => number;
  log: boolean;
  ticks: number[];
}

/** 1, 2 or 5 times a power of ten: the ticks a log axis keeps. */
function isRoundStep(t: number): boolean {
  const lead = t / 10 ** Math.floor(Math.log10(t));
  const digit = Math.round(lead);
  return Math.abs(lead - digit) < 1e-6 && (digit === 1 || digit === 2 || digit === 5);
}

/**
 * One quantity's value axis. Log when every estimate is above zero, so 1.7 and 8 million sit as
 * far apart as 170,000 and 800,000 would; linear from zero otherwise. Padded so that end marks
 * are not cut, and a single value still gets an axis. At most `tickCount` ticks.
 */
export function estimateAxis(lowest: number, highest: number, range: [number, number], tickCount = 5): EstimateAxis {
  if (lowest > 0) {
    const scale = scaleLog().domain([lowest / 1.3, highest * 1.3]).range(range);
    const round = scale.ticks().filter(isRoundStep);
    const step = Math.ceil(round.length / Math.max(1, tickCount));
    return { x: scale, log: true, ticks: round.filter((_, i) => i % step === 0) };
  }
  const scale = scaleLinear().domain([Math.min(0, lowest), highest > 0 ? highest * 1.08 : 1]).range(range).nice();
  return { x: scale, log: false, ticks: scale.ticks(tickCount) };
}
