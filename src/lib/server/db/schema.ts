import type { Generated, Insertable, Selectable } from 'kysely';

/** The database as Kysely sees it. Dates are ISO strings: portable between SQLite and PostgreSQL. */
export interface DB {
	campaigns: CampaignTable;
	shares: ShareTable;
	dashboard_sessions: DashboardSessionTable;
	campaign_answer_counts: CampaignAnswerCountTable;
	campaign_band_counts: CampaignBandCountTable;
	comparison_answer_counts: ComparisonAnswerCountTable;
	comparison_score_counts: ComparisonScoreCountTable;
	comparison_snapshots: ComparisonSnapshotTable;
	live_sessions: LiveSessionTable;
	live_participants: LiveParticipantTable;
	live_answers: LiveAnswerTable;
	live_counts: LiveCountTable;
	live_band_counts: LiveBandCountTable;
	campaign_notes: CampaignNoteTable;
	quiz_fingerprints: QuizFingerprintTable;
}

export interface CampaignTable {
	id: string;
	slug: string;
	quiz_id: string;
	/** The consultant's name, as sentences use it ("… sieht Anna Beispiel deine Antworten"). */
	name: string;
	/** Company or organisation, optional (migration 004). */
	organisation: string | null;
	welcome: string | null;
	contact_url: string | null;
	/** `#rrggbb`, already checked for contrast. */
	accent: string | null;
	/**
	 * Origins that may frame `/c/<slug>/embed` (migration 008): up to five `https://host[:port]`,
	 * separated by spaces; null when the quiz may not be embedded. See embed-origins.ts.
	 */
	embed_origins: string | null;
	/** SHA-256 of the dashboard key (hex); the key itself is never stored. */
	key_hash: string;
	/** Day of creation, `YYYY-MM-DD`. */
	created_on: string;
	/** How German texts address the campaign's participants (migration 007). */
	address: Generated<'du' | 'sie'>;
}

export interface ShareTable {
	id: string;
	campaign_id: string;
	/** Random per results page: pressing "Ergebnis teilen" twice stores one share. */
	token: string;
	/** One letter per answer, as in the quiz URL (`ypn…`). */
	answers: string;
	code: string;
	alias: string | null;
	/**
	 * Only the day, never the time: in a small campaign a timestamp identifies people. For the
	 * same reason ids are random, so their order says nothing about the order of shares.
	 */
	day: string;
	percent: number;
	band: string;
}

export interface DashboardSessionTable {
	/** SHA-256 of the session cookie's value. */
	id_hash: string;
	campaign_id: string;
	/** ISO timestamp. */
	expires_at: string;
}

/** How many shares of a campaign gave `answer` to the question at index `question`. */
export interface CampaignAnswerCountTable {
	campaign_id: string;
	question: number;
	answer: string;
	count: number;
}

/** Shares of a campaign per band, with the sum of their percents (for the average). */
export interface CampaignBandCountTable {
	campaign_id: string;
	band: string;
	count: number;
	percent_sum: number;
}

/**
 * Anonymous comparison counters: how many completions gave `answer` to the question at index
 * `question` of a quiz version. No code, time, address, campaign or order is stored with them.
 */
export interface ComparisonAnswerCountTable {
	quiz_id: string;
	quiz_version: number;
	question: number;
	answer: string;
	count: number;
}

/** Completions per total score, in quarter points (a total of 4.75 is 19). */
export interface ComparisonScoreCountTable {
	quiz_id: string;
	quiz_version: number;
	quarters: number;
	count: number;
}

/** What pages show: the counters as they were at `taken_at` (ISO time of the snapshot). */
export interface ComparisonSnapshotTable {
	quiz_id: string;
	quiz_version: number;
	taken_at: string;
	/** JSON of a `ComparisonFigures` (src/lib/results/comparison.ts). */
	data: string;
}

export type Campaign = Selectable<CampaignTable>;
export type NewCampaign = Insertable<CampaignTable>;
export type Share = Selectable<ShareTable>;

/** A workshop: one campaign's live session, moved on by the presenter (see $lib/live/flow.ts). */
export interface LiveSessionTable {
	/** Random, 128 bits: part of the presenter's URL. */
	id: string;
	campaign_id: string;
	/** Join code, 6 characters without look-alikes; unique among all stored sessions. */
	code: string;
	status: 'lobby' | 'open' | 'revealed' | 'ended';
	/** Index of the current question (in the lobby: the first one to come). */
	question: number;
	/** 1, or 2 after "Noch einmal abstimmen". */
	round: number;
	/** Goes up with every step of the presenter; clients and forms compare it. */
	version: number;
	/** Participants who joined (kept as a number after the end). */
	joined: number;
	/** ISO timestamps of the session (the consultant's, not a participant's). */
	created_at: string;
	/** created_at + 12 hours: answers per token never live longer. */
	expires_at: string;
	ended_at: string | null;
}

/** A participant's token: random, in their URL only, linked to no person. Deleted at the end. */
export interface LiveParticipantTable {
	token: string;
	session_id: string;
}

/** One answer per token, question and round (sent again: replaced). Deleted at the end. */
export interface LiveAnswerTable {
	token: string;
	session_id: string;
	question: number;
	round: number;
	answer: string;
}

/** What remains of a round once it is revealed: how many gave each answer. */
export interface LiveCountTable {
	session_id: string;
	question: number;
	round: number;
	answer: string;
	count: number;
}

/** At the end: participants who answered every question, per band, with their percents' sum. */
export interface LiveBandCountTable {
	session_id: string;
	band: string;
	count: number;
	percent_sum: number;
}

export type LiveSession = Selectable<LiveSessionTable>;

/** The consultant's note on one question of their campaign's quiz (plain text, ≤ 600 characters). */
export interface CampaignNoteTable {
	campaign_id: string;
	question_id: string;
	note: string;
}

/**
 * The scoring-relevant fingerprint of a quiz version as first served: a later start with the
 * same version but other questions, verdicts or bands is refused (share codes stay honest).
 */
export interface QuizFingerprintTable {
	quiz_id: string;
	quiz_version: number;
	/** SHA-256 (hex) of questions, verdicts and bands: see quizzes/fingerprint.ts. */
	fingerprint: string;
	/** `YYYY-MM-DD` */
	recorded_on: string;
}
