import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CampaignHeader from './CampaignHeader.svelte';

const base = {
	slug: 'anna-beispiel-abc123',
	name: 'Anna Beispiel',
	organisation: 'Beispiel GmbH',
	languageSwitch: {
		href: '/en/c/anna-beispiel-abc123',
		locale: 'en',
		label: 'Sprache',
		text: 'English'
	}
};

describe('CampaignHeader', () => {
	it('leads with the consultant: name and organisation link to the campaign', () => {
		render(CampaignHeader, base);
		const banner = screen.getByRole('banner');
		expect(banner).toHaveTextContent('Anna Beispiel');
		expect(screen.getByRole('link', { name: /Anna Beispiel\s*Beispiel GmbH/ })).toHaveAttribute(
			'href',
			'/c/anna-beispiel-abc123'
		);
		expect(banner).not.toHaveTextContent('Social Media Check');
		expect(screen.getByRole('link', { name: /English/ })).toBeInTheDocument();
	});

	it('draws a monogram from the first and last word, whatever the name starts with', () => {
		const initials = (name: string) => {
			const { container, unmount } = render(CampaignHeader, { ...base, name });
			const text = container.querySelector('svg text')?.textContent;
			unmount();
			return text;
		};
		expect(initials('Anna Beispiel')).toBe('AB');
		expect(initials('Dr. Eva Maria Muster')).toBe('DM');
		expect(initials('bo')).toBe('B');
		expect(initials('<b>Bold</b> & "Co"')).toBe('BC');
		expect(initials('!!! ???')).toBe('·');
	});
});
