import { getLocale } from '$lib/paraglide/runtime';
import { comparisonSettings } from '$lib/server/comparison';
import { config } from '$lib/server/config';
import { operator } from '$lib/server/operator';
import { comparisonTerms } from './comparison-terms';
import type { PageServerLoad } from './$types';

/** The operator's details, and the comparison's settings as this installation runs it. */
export const load = (() => ({
	operator: operator(),
	comparison: comparisonTerms(comparisonSettings(config()), getLocale())
})) satisfies PageServerLoad;
