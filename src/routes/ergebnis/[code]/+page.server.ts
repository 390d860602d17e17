import { error } from '@sveltejs/kit';
import { quizDefinitions, quizById } from '$lib/content';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => {
	const decoded = decodeShareCode(quizDefinitions, params.code);
	const quiz = decoded.ok ? quizById(decoded.quizId) : undefined;
	if (!decoded.ok || !quiz) error(400, 'Invalid result link');
	return { code: params.code, answers: decoded.answers };
}) satisfies PageServerLoad;
