import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ConsultantContact from './ConsultantContact.svelte';

describe('ConsultantContact', () => {
	it('is a link named with the consultant, to their contact', () => {
		render(ConsultantContact, {
			name: 'Anna Beispiel',
			organisation: 'Beispiel GmbH',
			contactUrl: 'https://anna-beispiel.de/'
		});
		const link = screen.getByRole('link', { name: 'Sprich mit Anna Beispiel über dein Ergebnis' });
		expect(link).toHaveAttribute('href', 'https://anna-beispiel.de/');
		// Leaves nothing about the page to the consultant's site.
		expect(link).toHaveAttribute('rel', expect.stringContaining('noreferrer'));
		expect(screen.getByText('Anna Beispiel, Beispiel GmbH')).toBeInTheDocument();
	});

	it('writes the address out for print', () => {
		const { container, rerender } = render(ConsultantContact, {
			name: 'Anna Beispiel',
			contactUrl: 'mailto:hallo@anna-beispiel.de'
		});
		const printed = () => container.querySelector('.print-only')?.textContent;
		expect(printed()).toBe(': hallo@anna-beispiel.de');
		rerender({ name: 'Anna Beispiel', contactUrl: 'https://anna-beispiel.de/kontakt/' });
		expect(printed()).toBe(': https://anna-beispiel.de/kontakt/');
		// A malformed escape in an address does not break the page.
		rerender({ name: 'Anna Beispiel', contactUrl: 'mailto:a%zz@b.de' });
		expect(printed()).toBe(': a%zz@b.de');
	});

	it('shows nothing when the campaign has no contact link', () => {
		const { container } = render(ConsultantContact, { name: 'Anna Beispiel', contactUrl: null });
		expect(container.textContent?.trim()).toBe('');
		expect(screen.queryByRole('link')).not.toBeInTheDocument();
	});

	it('fits into running text (the thank-you after sharing) as a plain link', () => {
		render(ConsultantContact, {
			name: 'Anna Beispiel',
			organisation: 'Beispiel GmbH',
			contactUrl: 'https://anna-beispiel.de',
			inline: true
		});
		const link = screen.getByRole('link', { name: 'Sprich mit Anna Beispiel über dein Ergebnis' });
		expect(link).not.toHaveClass('button');
		expect(screen.queryByText('Anna Beispiel, Beispiel GmbH')).not.toBeInTheDocument();
	});
});
