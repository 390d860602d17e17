import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** The tables as migration 003 knows them (later changes to schema.ts must not change it). */
interface CountsMigrationDb {
	shares: { campaign_id: string; answers: string; band: string; percent: number };
	campaign_answer_counts: { campaign_id: string; question: number; answer: string; count: number };
	campaign_band_counts: { campaign_id: string; band: string; count: number; percent_sum: number };
}

/** The answer letters of stored shares (see answer-string.ts), as they were when written. */
const LETTER_ANSWER: Record<string, string> = { y: 'ja', p: 'jein', n: 'nein' };

/**
 * Migrations in code, run at start. Only Kysely's schema builder and types both databases know
 * (text, integer): the same migrations run on SQLite and PostgreSQL.
 */
const migrations: Record<string, Migration> = {
	'001_campaigns_and_shares': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('campaigns')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('slug', 'text', (c) => c.notNull().unique())
				.addColumn('quiz_id', 'text', (c) => c.notNull())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('welcome', 'text')
				.addColumn('contact_url', 'text')
				.addColumn('accent', 'text')
				.addColumn('key_hash', 'text', (c) => c.notNull())
				.addColumn('created_on', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('shares')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('token', 'text', (c) => c.notNull())
				.addColumn('answers', 'text', (c) => c.notNull())
				.addColumn('code', 'text', (c) => c.notNull())
				.addColumn('alias', 'text')
				.addColumn('day', 'text', (c) => c.notNull())
				.addColumn('percent', 'integer', (c) => c.notNull())
				.addColumn('band', 'text', (c) => c.notNull())
				.addUniqueConstraint('shares_campaign_token', ['campaign_id', 'token'])
				.execute();
			await db.schema
				.createIndex('shares_campaign_day')
				.on('shares')
				.columns(['campaign_id', 'day'])
				.execute();

			await db.schema
				.createTable('dashboard_sessions')
				.addColumn('id_hash', 'text', (c) => c.primaryKey())
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('expires_at', 'text', (c) => c.notNull())
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('dashboard_sessions').execute();
			await db.schema.dropTable('shares').execute();
			await db.schema.dropTable('campaigns').execute();
		}
	},
	// The dashboard's statistics read every share of a campaign: covering indexes let both
	// databases answer from the index alone (measured with 10,000 shares in npm run bench).
	'002_dashboard_indexes': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createIndex('shares_campaign_stats')
				.on('shares')
				.columns(['campaign_id', 'band', 'percent'])
				.execute();
			await db.schema
				.createIndex('shares_campaign_answers')
				.on('shares')
				.columns(['campaign_id', 'answers'])
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropIndex('shares_campaign_answers').execute();
			await db.schema.dropIndex('shares_campaign_stats').execute();
		}
	},
	// The dashboard's figures as running counts, updated in the same transaction as each share and
	// its deletion: reading them costs the same for 10 or 100,000 shares.
	'003_campaign_counts': {
		async up(db: Kysely<CountsMigrationDb>) {
			await db.schema
				.createTable('campaign_answer_counts')
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('question', 'integer', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('campaign_answer_counts_pk', ['campaign_id', 'question', 'answer'])
				.execute();
			await db.schema
				.createTable('campaign_band_counts')
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('band', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addColumn('percent_sum', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('campaign_band_counts_pk', ['campaign_id', 'band'])
				.execute();
			// Counts for the shares stored before this migration.
			const shares = await db
				.selectFrom('shares')
				.select(['campaign_id', 'answers', 'band', 'percent'])
				.execute();
			const answers = new Map<string, number>();
			const bands = new Map<string, { count: number; sum: number }>();
			for (const s of shares) {
				[...s.answers].forEach((letter, question) => {
					const key = JSON.stringify([s.campaign_id, question, LETTER_ANSWER[letter] ?? 'jein']);
					answers.set(key, (answers.get(key) ?? 0) + 1);
				});
				const key = JSON.stringify([s.campaign_id, s.band]);
				const band = bands.get(key) ?? { count: 0, sum: 0 };
				band.count += 1;
				band.sum += Number(s.percent);
				bands.set(key, band);
			}
			for (const [key, count] of answers) {
				const [campaign_id, question, answer] = JSON.parse(key);
				await db
					.insertInto('campaign_answer_counts')
					.values({ campaign_id, question, answer, count })
					.execute();
			}
			for (const [key, { count, sum }] of bands) {
				const [campaign_id, band] = JSON.parse(key);
				await db
					.insertInto('campaign_band_counts')
					.values({ campaign_id, band, count, percent_sum: sum })
					.execute();
			}
			// The covering indexes served the old aggregate queries; the counts replace them.
			await db.schema.dropIndex('shares_campaign_answers').execute();
			await db.schema.dropIndex('shares_campaign_stats').execute();
		},
		async down(db: Kysely<CountsMigrationDb>) {
			await db.schema
				.createIndex('shares_campaign_stats')
				.on('shares')
				.columns(['campaign_id', 'band', 'percent'])
				.execute();
			await db.schema
				.createIndex('shares_campaign_answers')
				.on('shares')
				.columns(['campaign_id', 'answers'])
				.execute();
			await db.schema.dropTable('campaign_band_counts').execute();
			await db.schema.dropTable('campaign_answer_counts').execute();
		}
	},
	// Name and organisation apart, so sentences like "… sieht Anna Beispiel deine Antworten" read
	// right; campaigns created before keep everything in `name` and have no organisation.
	'004_campaign_details': {
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('campaigns').addColumn('organisation', 'text').execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.alterTable('campaigns').dropColumn('organisation').execute();
		}
	},
	// Workshop mode: live sessions, their participants (a random token each) and answers, and the
	// counts that remain once a session has ended (answers per token never outlive the session).
	'005_live_sessions': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('live_sessions')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('code', 'text', (c) => c.notNull().unique())
				.addColumn('status', 'text', (c) => c.notNull())
				.addColumn('question', 'integer', (c) => c.notNull())
				.addColumn('round', 'integer', (c) => c.notNull())
				.addColumn('version', 'integer', (c) => c.notNull())
				.addColumn('joined', 'integer', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('expires_at', 'text', (c) => c.notNull())
				.addColumn('ended_at', 'text')
				.execute();
			await db.schema
				.createIndex('live_sessions_campaign')
				.on('live_sessions')
				.columns(['campaign_id', 'status'])
				.execute();
			await db.schema
				.createIndex('live_sessions_expiry')
				.on('live_sessions')
				.columns(['status', 'expires_at'])
				.execute();

			await db.schema
				.createTable('live_participants')
				.addColumn('token', 'text', (c) => c.primaryKey())
				.addColumn('session_id', 'text', (c) =>
					c.notNull().references('live_sessions.id').onDelete('cascade')
				)
				.execute();
			await db.schema
				.createIndex('live_participants_session')
				.on('live_participants')
				.column('session_id')
				.execute();

			await db.schema
				.createTable('live_answers')
				.addColumn('token', 'text', (c) =>
					c.notNull().references('live_participants.token').onDelete('cascade')
				)
				.addColumn('session_id', 'text', (c) =>
					c.notNull().references('live_sessions.id').onDelete('cascade')
				)
				.addColumn('question', 'integer', (c) => c.notNull())
				.addColumn('round', 'integer', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('live_answers_pk', ['token', 'question', 'round'])
				.execute();
			await db.schema
				.createIndex('live_answers_round')
				.on('live_answers')
				.columns(['session_id', 'question', 'round', 'answer'])
				.execute();

			await db.schema
				.createTable('live_counts')
				.addColumn('session_id', 'text', (c) =>
					c.notNull().references('live_sessions.id').onDelete('cascade')
				)
				.addColumn('question', 'integer', (c) => c.notNull())
				.addColumn('round', 'integer', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('live_counts_pk', ['session_id', 'question', 'round', 'answer'])
				.execute();
			await db.schema
				.createTable('live_band_counts')
				.addColumn('session_id', 'text', (c) =>
					c.notNull().references('live_sessions.id').onDelete('cascade')
				)
				.addColumn('band', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addColumn('percent_sum', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('live_band_counts_pk', ['session_id', 'band'])
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('live_band_counts').execute();
			await db.schema.dropTable('live_counts').execute();
			await db.schema.dropTable('live_answers').execute();
			await db.schema.dropTable('live_participants').execute();
			await db.schema.dropTable('live_sessions').execute();
		}
	},
	// Anonymous comparison with everyone ("So antworten andere"): counts per quiz, version,
	// question and answer, and per score; nothing else. The snapshot is what pages show, refreshed
	// at most every BENCHMARK_REFRESH_S seconds, the same for every instance.
	'006_comparison_counts': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createTable('comparison_answer_counts')
				.addColumn('quiz_id', 'text', (c) => c.notNull())
				.addColumn('quiz_version', 'integer', (c) => c.notNull())
				.addColumn('question', 'integer', (c) => c.notNull())
				.addColumn('answer', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('comparison_answer_counts_pk', [
					'quiz_id',
					'quiz_version',
					'question',
					'answer'
				])
				.execute();
			await db.schema
				.createTable('comparison_score_counts')
				.addColumn('quiz_id', 'text', (c) => c.notNull())
				.addColumn('quiz_version', 'integer', (c) => c.notNull())
				.addColumn('quarters', 'integer', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('comparison_score_counts_pk', [
					'quiz_id',
					'quiz_version',
					'quarters'
				])
				.execute();
			await db.schema
				.createTable('comparison_snapshots')
				.addColumn('quiz_id', 'text', (c) => c.notNull())
				.addColumn('quiz_version', 'integer', (c) => c.notNull())
				.addColumn('taken_at', 'text', (c) => c.notNull())
				.addColumn('data', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('comparison_snapshots_pk', ['quiz_id', 'quiz_version'])
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('comparison_snapshots').execute();
			await db.schema.dropTable('comparison_score_counts').execute();
			await db.schema.dropTable('comparison_answer_counts').execute();
		}
	},
	// The consultant's voice: the address a campaign's participants get (du or Sie) and the
	// consultant's notes per question. And share codes kept honest: the scoring-relevant
	// fingerprint of each quiz version, recorded when it is first served (quizzes/fingerprint.ts).
	'007_campaign_voice_and_quiz_fingerprints': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('campaigns')
				.addColumn('address', 'text', (c) => c.notNull().defaultTo('du'))
				.execute();
			await db.schema
				.createTable('campaign_notes')
				.addColumn('campaign_id', 'text', (c) =>
					c.notNull().references('campaigns.id').onDelete('cascade')
				)
				.addColumn('question_id', 'text', (c) => c.notNull())
				.addColumn('note', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('campaign_notes_pk', ['campaign_id', 'question_id'])
				.execute();
			await db.schema
				.createTable('quiz_fingerprints')
				.addColumn('quiz_id', 'text', (c) => c.notNull())
				.addColumn('quiz_version', 'integer', (c) => c.notNull())
				.addColumn('fingerprint', 'text', (c) => c.notNull())
				.addColumn('recorded_on', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('quiz_fingerprints_pk', ['quiz_id', 'quiz_version'])
				.execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.dropTable('quiz_fingerprints').execute();
			await db.schema.dropTable('campaign_notes').execute();
			await db.schema.alterTable('campaigns').dropColumn('address').execute();
		}
	},
	// Embedding on the consultant's website: the origins allowed to frame the campaign's quiz.
	// Existing campaigns get none, so nothing that was not framable becomes framable.
	'008_campaign_embed_origins': {
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('campaigns').addColumn('embed_origins', 'text').execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema.alterTable('campaigns').dropColumn('embed_origins').execute();
		}
	},
	// The dashboard's list of the newest shares: with (campaign, day) alone, both databases read
	// and sort every share of the newest days (3.3 ms at 100,000 shares over two months); with the
	// id as well, the newest 200 are a walk backwards along the index, whatever the campaign's size.
	'010_share_list_index': {
		async up(db: Kysely<unknown>) {
			await db.schema
				.createIndex('shares_campaign_day_id')
				.on('shares')
				.columns(['campaign_id', 'day', 'id'])
				.execute();
			await db.schema.dropIndex('shares_campaign_day').execute();
		},
		async down(db: Kysely<unknown>) {
			await db.schema
				.createIndex('shares_campaign_day')
				.on('shares')
				.columns(['campaign_id', 'day'])
				.execute();
			await db.schema.dropIndex('shares_campaign_day_id').execute();
		}
	}
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
