/** The three answers a participant (and the author) can give. Order matters: it is the scale Nein – Jein – Ja. */
export const ANSWERS = ['nein', 'jein', 'ja'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * How the author phrased a verdict:
 * - plain: "Ja." / "Nein."
 * - softened: the qualifier names the other side ("Nein (noch nicht)")
 * - emphatic: "Ja. Unbedingt."
 */
export const VERDICT_KINDS = ['plain', 'softened', 'emphatic'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export interface Verdict {
	answer: Answer;
	kind: VerdictKind;
}

export interface Question {
	/** Stable id, used in URLs, insights and stored shares. */
	id: string;
	verdict: Verdict;
}

/** Bands are ordered from the highest threshold down; the last one should start at 0. */
export interface Band {
	id: string;
	/** Lowest percent (inclusive) that falls into this band. */
	minPercent: number;
}

/**
 * A cross-question insight. `alike`: shown when the participant answered all of these
 * questions the same way although the author did not.
 */
export interface InsightRule {
	id: string;
	when: { kind: 'alike'; questions: readonly string[] };
}

/** The scoring-relevant shape of a quiz; texts live in the content layer. */
export interface QuizDefinition {
	/** Stable id ("social-media"). */
	id: string;
	/** Two URL-safe characters that name the quiz inside a share code. */
	codePrefix: string;
	/** Bumped when questions or verdicts change in a way that changes old results. */
	version: number;
	questions: readonly Question[];
	bands: readonly Band[];
	insights: readonly InsightRule[];
}

/** One answer per question, in question order. */
export type Answers = readonly Answer[];
