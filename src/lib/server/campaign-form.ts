import * as v from 'valibot';
import type { Address } from '$lib/content';
import { hasControlCharacters, stripInvisible } from './clean-text';
import { accentReadable } from './color';
import { EmbedOriginsField, embedOriginsText, type EmbedOriginsError } from './embed-origins';

/** Error codes per field; the page turns them into sentences in the visitor's language. */
export type CampaignFieldError =
	| 'name_length'
	| 'organisation_length'
	| 'welcome_length'
	| 'contact_scheme'
	| 'contact_invalid'
	| 'accent_format'
	| 'accent_contrast'
	| EmbedOriginsError
	| 'text_control';

/** One line of text: invisible characters out, any run of whitespace one space. */
const oneLine = (s: string) => stripInvisible(s).replace(/\s+/g, ' ').trim();

/** Several lines: line breaks kept (as \n), tabs become spaces, surrounding space goes. */
const lines = (s: string) => stripInvisible(s).replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();

const noControl = v.check((s: string) => !hasControlCharacters(s), 'text_control');

/**
 * What people type as a contact, made into a link: `hallo@beispiel.de` becomes
 * `mailto:hallo@beispiel.de`, `anna-beispiel.de/kontakt` becomes `https://anna-beispiel.de/kontakt`.
 * Anything with a scheme is left as typed (and then checked against the allowed schemes).
 */
export function normaliseContact(input: string): string {
	const s = input.trim();
	if (/^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/u.test(s)) return `mailto:${s}`;
	if (/^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u.test(s)) return `https://${s}`;
	return s;
}

/** `0B5F66`, `#0b5f66` and `#0b5` all become `#0b5f66`; anything else is returned as typed. */
export function normaliseAccent(input: string): string {
	const s = input.trim().toLowerCase();
	const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s)?.[1];
	if (!hex) return s;
	return '#' + (hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex);
}

const HEX = /^#[0-9a-f]{6}$/;

export const CampaignForm = v.object({
	name: v.pipe(
		v.string(),
		v.transform(oneLine),
		noControl,
		v.minLength(2, 'name_length'),
		v.maxLength(80, 'name_length')
	),
	organisation: v.pipe(
		v.string(),
		v.transform(oneLine),
		noControl,
		v.maxLength(80, 'organisation_length'),
		v.transform((s) => s || null)
	),
	welcome: v.pipe(
		v.string(),
		v.transform(lines),
		noControl,
		v.maxLength(500, 'welcome_length'),
		v.transform((s) => s || null)
	),
	contactUrl: v.pipe(
		v.string(),
		v.transform((s) => normaliseContact(stripInvisible(s))),
		noControl,
		v.maxLength(300, 'contact_invalid'),
		v.check((s) => s === '' || URL.canParse(s), 'contact_invalid'),
		v.check(
			(s) => s === '' || ['https:', 'http:', 'mailto:'].includes(new URL(s).protocol),
			'contact_scheme'
		),
		// mailto: needs an address, a web link a host.
		v.check((s) => {
			if (s === '') return true;
			const url = new URL(s);
			return url.protocol === 'mailto:' ? /.@./.test(url.pathname) : url.hostname.length > 0;
		}, 'contact_invalid'),
		v.transform((s) => s || null)
	),
	accent: v.pipe(
		v.string(),
		v.transform((s) => normaliseAccent(stripInvisible(s))),
		noControl,
		v.check((s) => s === '' || HEX.test(s), 'accent_format'),
		v.check((s) => s === '' || !HEX.test(s) || accentReadable(s), 'accent_contrast'),
		v.transform((s) => s || null)
	),
	embedOrigins: EmbedOriginsField
});

export type CampaignField =
	'name' | 'organisation' | 'welcome' | 'contactUrl' | 'accent' | 'embedOrigins';
export type CampaignFormValues = Record<CampaignField, string>;
export type CampaignFormErrors = Partial<Record<CampaignField, CampaignFieldError>>;
export type CampaignData = v.InferOutput<typeof CampaignForm>;

/** The form's hidden fields that say what the colour fields showed when the page was sent. */
export const ACCENT_SHOWN = 'accentShown';
export const PICKER = 'accentPicker';
export const PICKER_SHOWN = 'accentPickerShown';

/**
 * The colour the consultant chose. The text field and the colour picker both post a value; without
 * JavaScript they do not follow each other, so the one that was changed wins: the picker when it
 * differs from what it showed and the text field was left as it was, otherwise the text field.
 * (With JavaScript they are kept in step, so both say the same.)
 */
function chosenAccent(form: FormData): string {
	const text = String(form.get('accent') ?? '');
	const picker = form.get(PICKER);
	const pickerShown = form.get(PICKER_SHOWN);
	const textShown = form.get(ACCENT_SHOWN);
	if (
		typeof picker === 'string' &&
		typeof pickerShown === 'string' &&
		typeof textShown === 'string' &&
		picker !== pickerShown &&
		text.trim() === textShown.trim()
	) {
		return picker;
	}
	return text;
}

/** Validates the submitted form: the clean values, or one error code per bad field. */
export function parseCampaignForm(form: FormData) {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const values: CampaignFormValues = {
		name: text('name'),
		organisation: text('organisation'),
		welcome: text('welcome'),
		contactUrl: text('contactUrl'),
		accent: chosenAccent(form),
		embedOrigins: text('embedOrigins')
	};
	const result = v.safeParse(CampaignForm, values, { abortPipeEarly: true });
	// What is shown again in the form: as typed, minus what could never be stored (NUL and other
	// control characters would come back in the field and be refused again).
	const shown = Object.fromEntries(
		Object.entries(values).map(([k, s]) => [k, s.replace(/[^\P{Cc}\n\r\t]/gu, '')])
	) as CampaignFormValues;
	if (result.success) return { ok: true as const, data: result.output, values: shown };
	const errors: CampaignFormErrors = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) as CampaignField | null;
		if (field && !errors[field]) errors[field] = issue.message as CampaignFieldError;
	}
	return { ok: false as const, errors, values: shown };
}

/** The form's values for a stored campaign (the edit form starts from them). */
export function campaignFormValues(campaign: {
	name: string;
	organisation: string | null;
	welcome: string | null;
	contact_url: string | null;
	accent: string | null;
	embed_origins?: string | null;
}): CampaignFormValues {
	return {
		name: campaign.name,
		organisation: campaign.organisation ?? '',
		welcome: campaign.welcome ?? '',
		// An address as people type it: normaliseContact adds mailto: again on saving.
		contactUrl:
			campaign.contact_url?.replace(/^mailto:(?=[^\s@:/?]+@[^\s@:/?]+\.[^\s@:/?]+$)/i, '') ?? '',
		accent: campaign.accent ?? '',
		embedOrigins: embedOriginsText(campaign.embed_origins)
	};
}

export const ShareForm = v.object({
	token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/)),
	alias: v.pipe(
		v.optional(v.string(), ''),
		v.transform(oneLine),
		v.check((s) => !hasControlCharacters(s), 'alias_control'),
		v.maxLength(40, 'alias_length'),
		v.transform((s) => s || null)
	)
});

/** The consultant's voice: the quiz (when creating), the address, the notes (when editing). */
export type VoiceFieldError =
	'quiz_unknown' | 'address_unavailable' | 'note_length' | 'text_control';

/** The most a note may have, in characters (after cleaning). */
export const NOTE_MAX = 600;

/** The field of the note on a question (`note-werbeflaeche`). */
export const noteField = (questionId: string) => `note-${questionId}`;

const Note = v.pipe(
	v.string(),
	v.transform(lines),
	noControl,
	v.maxLength(NOTE_MAX, 'note_length')
);

/** A quiz a campaign can be made with: its id, whether it offers "Sie". */
export interface QuizOption {
	id: string;
	offersSie: boolean;
	questions: readonly { id: string }[];
}

/**
 * The voice fields of the campaign form: which quiz (`quiz`; only when creating, a campaign
 * keeps its quiz because its shares refer to it), the address (`address`: du or sie, du when
 * the form has none), and when `quiz` is fixed, a note per question (`note-<id>`, up to 600
 * characters, cleaned like the welcome text). Sie is refused for a quiz without Sie forms.
 */
export function parseVoiceForm(
	form: FormData,
	options: { quizzes: readonly QuizOption[]; fixedQuiz?: QuizOption; defaultQuizId: string }
) {
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const errors: Record<string, VoiceFieldError> = {};
	const chosenId = options.fixedQuiz?.id ?? (text('quiz') || options.defaultQuizId);
	const quiz = options.quizzes.find((q) => q.id === chosenId);
	if (!quiz) errors.quiz = 'quiz_unknown';
	const address: Address = text('address') === 'sie' ? 'sie' : 'du';
	if (address === 'sie' && quiz && !quiz.offersSie) errors.address = 'address_unavailable';

	const notes: Record<string, string> = {};
	const noteValues: Record<string, string> = {};
	for (const question of options.fixedQuiz?.questions ?? []) {
		const typed = text(noteField(question.id));
		noteValues[question.id] = typed.replace(/[^\P{Cc}\n\r\t]/gu, '');
		const parsed = v.safeParse(Note, typed, { abortPipeEarly: true });
		if (parsed.success) notes[question.id] = parsed.output;
		else errors[noteField(question.id)] = parsed.issues[0]?.message as VoiceFieldError;
	}
	const values = { quiz: chosenId, address, notes: noteValues };
	if (Object.keys(errors).length) return { ok: false as const, errors, values };
	return {
		ok: true as const,
		data: { quizId: chosenId, address, ...(options.fixedQuiz ? { notes } : {}) },
		values
	};
}

export type VoiceFormValues = ReturnType<typeof parseVoiceForm>['values'];
