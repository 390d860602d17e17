// `npm run stats`: prints the anonymous comparison counters ("So antworten andere") of the
// configured database (DATABASE_URL, or SQLite under DATA_DIR), per quiz and version.
// `npm run stats -- --reset` clears them after a typed confirmation (`--yes` skips it), for an
// operator who changed a quiz or wants a fresh start. The app may keep running meanwhile.
import { createInterface } from 'node:readline/promises';
import { loadAppModules } from './app-modules.js';

const reset = process.argv.includes('--reset');
const yes = process.argv.includes('--yes');

const { settings, database, comparison, figures, quizzes } = await loadAppModules({
	settings: '/src/lib/server/config-schema.ts',
	database: '/src/lib/server/db/database.ts',
	comparison: '/src/lib/server/comparison.ts',
	figures: '/src/lib/results/comparison.ts',
	quizzes: '/src/lib/server/quizzes/load.ts'
});

// The same settings and rules as the app: a DATABASE_URL that is not postgres:// stops here too.
let config;
try {
	config = settings.parseConfig(process.env);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
const db = config.DATABASE_URL
	? database.openPostgres(config.DATABASE_URL, 2).db
	: database.openSqlite(config.DATA_DIR);

try {
	await database.migrate(db);
	if (reset) {
		let confirmed = yes;
		if (!confirmed) {
			const rl = createInterface({ input: process.stdin, output: process.stdout });
			const answer = await rl.question(
				'This clears every comparison counter and snapshot. Type "reset" to go on: '
			);
			rl.close();
			confirmed = answer.trim() === 'reset';
		}
		if (!confirmed) {
			console.log('Nothing changed.');
		} else {
			await comparison.resetComparison(db);
			console.log('Comparison counters cleared.');
		}
	} else {
		// The quizzes the app offers with these settings: the article's and QUIZ_DIR's.
		for (const quiz of quizzes.loadQuizzes(config.QUIZ_DIR).all) {
			printQuiz(quiz, await comparison.currentFigures(db, quiz));
		}
		const snapshots = await db
			.selectFrom('comparison_snapshots')
			.select(['quiz_id', 'quiz_version', 'taken_at'])
			.execute();
		for (const s of snapshots) {
			console.log(`Published snapshot of ${s.quiz_id} v${s.quiz_version}: taken ${s.taken_at}`);
		}
	}
} finally {
	await db.destroy();
}

function printQuiz(quiz, counted) {
	console.log(`\n${quiz.id} (version ${quiz.version}): ${counted.completions} completions`);
	const rows = quiz.questions.map((q, i) => {
		const counts = counted.answers[i];
		const percent = figures.answerPercents(counts);
		return [
			q.id,
			...['ja', 'jein', 'nein'].map((a) => `${counts[a]} (${percent[a]} %)`),
			q.verdict.answer
		];
	});
	printTable(['question', 'Ja', 'Jein', 'Nein', 'author'], rows);
	const scores = Object.entries(counted.scores)
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([quarters, n]) => `${Number(quarters) / 4}: ${n}`);
	console.log(`scores (points: completions): ${scores.join(', ') || '–'}`);
}

function printTable(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
}
