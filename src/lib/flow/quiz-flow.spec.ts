import { isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { defaultQuiz } from '$lib/content';
import { encodeShareCode } from '$lib/quiz/share-code';
import type { Answer } from '$lib/quiz/types';
import { loadQuestion, type FlowPaths } from './quiz-flow';

const paths: FlowPaths = { base: '/quiz', resultBase: '/ergebnis' };

/** Runs the load for a URL; returns its data or where it redirects. */
function visit(
	path: string,
	onComplete?: (answers: Answer[]) => void,
	address: 'du' | 'sie' = 'du'
) {
	const url = new URL(path, 'http://localhost');
	const step = url.pathname.split('/')[2] ?? '';
	try {
		return {
			data: loadQuestion(defaultQuiz, paths, { url, params: { step } }, onComplete, address)
		};
	} catch (e) {
		if (isRedirect(e)) return { redirect: e.location, status: e.status };
		throw e;
	}
}

describe('loadQuestion', () => {
	it('shows a question with the answers so far and where "Zurück" leads', () => {
		const { data } = visit('/quiz/3?a=yn');
		expect(data).toMatchObject({
			step: 3,
			total: 8,
			questionId: 'verkauf',
			title: 'Social Media, bist du ein Verkaufs-Tool?',
			selected: null,
			answersParam: 'yn',
			backHref: '/quiz/2?a=yn',
			formAction: '/quiz/3',
			hint: 'Wähle die Antwort, die am ehesten deiner Sicht entspricht.',
			error: null
		});
		expect(visit('/quiz/1').data?.backHref).toBeNull();
		expect(visit('/quiz/2?a=yp').data?.selected).toBe('jein');
	});

	it('moves on with a 303 when an answer is sent, keeping the answers in the URL', () => {
		expect(visit('/quiz/1?next=1&answer=nein')).toEqual({ redirect: '/quiz/2?a=n', status: 303 });
		// Changing an earlier answer keeps the later ones.
		expect(visit('/quiz/2?a=nyy&next=1&answer=jein')).toEqual({
			redirect: '/quiz/3?a=npy',
			status: 303
		});
	});

	it('sends the last answer to the result of exactly these answers', () => {
		const answers = defaultQuiz.questions.map((q) => q.verdict.answer);
		const code = encodeShareCode(defaultQuiz, answers);
		expect(visit('/quiz/8?a=npnynyn&next=1&answer=ja')).toEqual({
			redirect: `/ergebnis/${code}`,
			status: 303
		});
	});

	it('reports a completion only on the step that turns the answers into a result', () => {
		const completed: Answer[][] = [];
		const onComplete = (answers: Answer[]) => completed.push(answers);
		visit('/quiz/7?a=npnyny&next=1&answer=nein', onComplete);
		visit('/quiz/8?a=npnynyn', onComplete);
		visit('/quiz/8?a=npnynyn&next=1', onComplete);
		expect(completed).toEqual([]);
		visit('/quiz/8?a=npnynyn&next=1&answer=ja', onComplete);
		expect(completed).toEqual([defaultQuiz.questions.map((q) => q.verdict.answer)]);
	});

	it('shows the inline error when "Weiter" is sent without an answer', () => {
		expect(visit('/quiz/4?a=ypn&next=1').data).toMatchObject({
			step: 4,
			error: 'Bitte wähle eine Antwort.'
		});
		expect(visit('/quiz/4?a=ypn&next=1&answer=vielleicht').data?.error).toBe(
			'Bitte wähle eine Antwort.'
		);
	});

	it('words hint and error in a Sie campaign’s address; the question stays the article’s', () => {
		expect(visit('/quiz/2?a=y&next=1', undefined, 'sie').data).toMatchObject({
			title: 'Social Media, bist du ein Traffic-Lieferant?',
			hint: 'Wählen Sie die Antwort, die am ehesten Ihrer Sicht entspricht.',
			error: 'Bitte wählen Sie eine Antwort.'
		});
	});

	it.each([
		['a step past the first unanswered one', '/quiz/5?a=yp', '/quiz/3?a=yp'],
		['an unknown step', '/quiz/0?a=yp', '/quiz/3?a=yp'],
		['a step that is not a number', '/quiz/abc', '/quiz/1'],
		['a step past the end', '/quiz/99?a=ypnypnyp', '/quiz/8?a=ypnypnyp'],
		['bad letters', '/quiz/3?a=yxn', '/quiz/2?a=y'],
		['too many answers', '/quiz/2?a=ypnypnypnyyy', '/quiz/2?a=ypnypnyp']
	])('redirects %s to the last valid step', (_, from, to) => {
		expect(visit(from)).toEqual({ redirect: to, status: 303 });
	});
});
