import { parseSort } from '$lib/sort';
import type { PageLoad } from './$types';

/** The table's order, from the URL. */
export const load: PageLoad = ({ url }) => ({ sort: parseSort(url.searchParams) });
