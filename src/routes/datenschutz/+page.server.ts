import { operator } from '$lib/server/operator';
import type { PageServerLoad } from './$types';

export const load = (() => ({ operator: operator() })) satisfies PageServerLoad;
