import type { Claim } from '../../../contract/schema';

/** What the charts of claims share, so each states only its own. */

/** A chart of claims on a value axis, with a copy of itself for downloads. */
export interface ValueChartProps {
  claims: Claim[];
  log: boolean;
  unit: string;
  /** Each estimator's colour. */
  colourOf: (estimator: string) => string;
  /** The whole chart as a detached copy, every row drawn, for downloads. */
  whole?: () => Promise<SVGSVGElement | undefined>;
}

/** What every mark of a claim takes: the chart's scales, its estimator's colour, and its hedge. */
export interface MarkProps {
  /** Data → pixels along each axis. */
  x: (v: number) => number;
  y: (v: number) => number;
  colour: string;
  /** Drawn hollow: the source says "about". */
  hollow?: boolean;
}
