import * as v from 'valibot';
import { accentReadable } from './color';

/** Error codes per field; the page turns them into sentences in the visitor's language. */
export type CampaignFieldError =
	| 'name_length'
	| 'welcome_length'
	| 'contact_scheme'
	| 'contact_invalid'
	| 'accent_format'
	| 'accent_contrast';

const optionalText = (max: number, code: CampaignFieldError) =>
	v.pipe(
		v.optional(v.string(), ''),
		// Line breaks are kept (normalised to \n); surrounding space is not.
		v.transform((s) => s.replace(/\r\n?/g, '\n').trim()),
		v.maxLength(max, code),
		v.transform((s) => s || null)
	);

export const CampaignForm = v.object({
	name: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.replace(/\s+/g, ' ').trim()),
		v.minLength(2, 'name_length'),
		v.maxLength(80, 'name_length')
	),
	welcome: optionalText(500, 'welcome_length'),
	contactUrl: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim()),
		v.maxLength(300, 'contact_invalid'),
		v.check((s) => s === '' || URL.canParse(s), 'contact_invalid'),
		v.check(
			(s) => s === '' || ['https:', 'http:', 'mailto:'].includes(new URL(s).protocol),
			'contact_scheme'
		),
		v.transform((s) => s || null)
	),
	accent: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.trim().toLowerCase()),
		v.check((s) => s === '' || /^#[0-9a-f]{6}$/.test(s), 'accent_format'),
		v.check((s) => s === '' || !/^#[0-9a-f]{6}$/.test(s) || accentReadable(s), 'accent_contrast'),
		v.transform((s) => s || null)
	)
});

export type CampaignFormValues = Record<'name' | 'welcome' | 'contactUrl' | 'accent', string>;

/** Validates the submitted form: the clean values, or one error code per bad field. */
export function parseCampaignForm(form: FormData) {
	const values: CampaignFormValues = {
		name: String(form.get('name') ?? ''),
		welcome: String(form.get('welcome') ?? ''),
		contactUrl: String(form.get('contactUrl') ?? ''),
		accent: String(form.get('accent') ?? '')
	};
	const result = v.safeParse(CampaignForm, values, { abortPipeEarly: true });
	if (result.success) return { ok: true as const, data: result.output, values };
	const errors: Partial<Record<keyof CampaignFormValues, CampaignFieldError>> = {};
	for (const issue of result.issues) {
		const field = v.getDotPath(issue) as keyof CampaignFormValues | null;
		if (field && !errors[field]) errors[field] = issue.message as CampaignFieldError;
	}
	return { ok: false as const, errors, values };
}

export const ShareForm = v.object({
	token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/)),
	alias: v.pipe(
		v.optional(v.string(), ''),
		v.transform((s) => s.replace(/\s+/g, ' ').trim()),
		v.maxLength(40, 'alias_length'),
		v.transform((s) => s || null)
	)
});
