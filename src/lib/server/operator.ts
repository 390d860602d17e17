import { config } from './config';

/**
 * Who runs this installation, for the Impressum (§ 5 DDG, § 18 Abs. 2 MStV) and the privacy page.
 * Everything comes from the environment; lines of the address are separated by "|" or "\n".
 */
export interface Operator {
	name: string | null;
	address: string[];
	email: string | null;
	phone: string | null;
	/** For companies: who represents them (Geschäftsführer, Vorstand). */
	representative: string | null;
	/** Commercial register and number, e.g. "Amtsgericht Köln, HRB 12345". */
	register: string | null;
	/** VAT identification number (§ 27a UStG). */
	vatId: string | null;
	/** Responsible for editorial content (§ 18 Abs. 2 MStV), if different from the name. */
	contentResponsible: string | null;
	/** The required fields that are not set. */
	missing: string[];
}

export function operator(): Operator {
	const settings = config();
	const value = (key: `OPERATOR_${string}` & keyof typeof settings) => settings[key] || null;
	const info = {
		name: value('OPERATOR_NAME'),
		address: (value('OPERATOR_ADDRESS') ?? '')
			.split(/\||\\n|\n/)
			.map((line) => line.trim())
			.filter(Boolean),
		email: value('OPERATOR_EMAIL'),
		phone: value('OPERATOR_PHONE'),
		representative: value('OPERATOR_REPRESENTATIVE'),
		register: value('OPERATOR_REGISTER'),
		vatId: value('OPERATOR_VAT_ID'),
		contentResponsible: value('OPERATOR_CONTENT_RESPONSIBLE')
	};
	const missing = [
		!info.name && 'OPERATOR_NAME',
		info.address.length === 0 && 'OPERATOR_ADDRESS',
		!info.email && 'OPERATOR_EMAIL'
	].filter((x): x is string => !!x);
	return { ...info, missing };
}
