import { SHAPE_KEY, legendItems, sourcesOf } from '../charts/legend';
import type { Filters } from '../filters';
import { formatCount } from '../format';
import type { PlotSet } from '../plot';
import { describeFilters, exportName, exportTitle } from './describe';
import type { StandaloneParts } from './standalone';

export interface ChartExport extends Pick<StandaloneParts, 'title' | 'subtitle' | 'legend' | 'sources'> {
  /** The file name, without its extension. */
  name: string;
}

/**
 * What goes around a view's chart when it is downloaded: `view` names it in the title ("estimates
 * compared") and `slug` in the file name ("compare").
 */
export function chartExport(view: string, slug: string, set: PlotSet, f: Filters): ChartExport {
  const left = set.otherUnits + set.zeros + set.truncated;
  const plotted = `${formatCount(set.claims.length)} claims plotted${left ? `, ${formatCount(left)} more match but are not shown (other units, zeros on a log axis, or beyond the first rows)` : ''}.`;
  return {
    name: exportName(slug, f, set.unit),
    title: exportTitle(view, f),
    subtitle: `${describeFilters(f, set.unit)} ${plotted}`,
    legend: [...legendItems(set.colours), { label: SHAPE_KEY, colour: null }],
    sources: sourcesOf(set.claims)
  };
}
