import { describe, expect, it } from 'vitest';
import { campaignFormValues, parseCampaignForm } from './campaign-form';
import { embedOrigins, embedOriginsText, isEmbedOrigin, normaliseOrigin } from './embed-origins';

const parsed = (embedOrigins: string) => {
	const form = new FormData();
	form.set('name', 'Anna Beispiel');
	form.set('embedOrigins', embedOrigins);
	return parseCampaignForm(form);
};

describe('the websites a campaign may be embedded on', () => {
	it('are understood as people type them, reduced to their origin', () => {
		expect(normaliseOrigin('anna-beispiel.de')).toBe('https://anna-beispiel.de');
		expect(normaliseOrigin(' https://Anna-Beispiel.DE/quiz/?x=1#top ')).toBe(
			'https://anna-beispiel.de'
		);
		expect(normaliseOrigin('www.anna-beispiel.de:8443/seite')).toBe(
			'https://www.anna-beispiel.de:8443'
		);
		expect(normaliseOrigin('https://anna-beispiel.de:443')).toBe('https://anna-beispiel.de');
		expect(normaliseOrigin('bücher.de')).toBe('https://xn--bcher-kva.de');
		// A zero-width space copied along with the address.
		expect(normaliseOrigin('anna\u200b-beispiel.de')).toBe('https://anna-beispiel.de');
	});

	it('are stored as one line of distinct origins, and shown one per line', () => {
		const result = parsed(
			'berater.example/quiz\r\nhttps://www.anna-beispiel.de, https://berater.example\n\n'
		);
		expect(result).toMatchObject({
			ok: true,
			data: { embedOrigins: 'https://berater.example https://www.anna-beispiel.de' }
		});
		expect(parsed('  \n ')).toMatchObject({ ok: true, data: { embedOrigins: null } });
		expect(
			campaignFormValues({
				name: 'Anna',
				organisation: null,
				welcome: null,
				contact_url: null,
				accent: null,
				embed_origins: 'https://berater.example https://www.anna-beispiel.de'
			}).embedOrigins
		).toBe('https://berater.example\nhttps://www.anna-beispiel.de');
	});

	it('are https only, http://localhost included', () => {
		for (const typed of [
			'http://anna-beispiel.de',
			'HTTP://anna-beispiel.de',
			'http://localhost:8080',
			'ftp://anna-beispiel.de'
		]) {
			expect(parsed(typed), typed).toMatchObject({
				ok: false,
				errors: { embedOrigins: 'embed_scheme' }
			});
		}
	});

	it('refuse what is no website address, and more than five', () => {
		for (const typed of [
			'anna',
			'https://*.anna-beispiel.de',
			'https://user:geheim@anna-beispiel.de',
			'https://[::1]',
			'https://anna-beispiel.de:99999',
			'javascript:alert(1)',
			"https://a.de;script-src 'unsafe-inline'",
			'x'.repeat(2001)
		]) {
			expect(parsed(typed), typed).toMatchObject({
				ok: false,
				errors: { embedOrigins: 'embed_invalid' }
			});
		}
		expect(parsed('a.de b.de c.de d.de e.de f.de')).toMatchObject({
			ok: false,
			errors: { embedOrigins: 'embed_count' }
		});
		// The same site six times is one site.
		expect(parsed(Array(6).fill('a.de').join('\n'))).toMatchObject({ ok: true });
		expect(parsed('anna-beispiel.de\u0000')).toMatchObject({
			ok: false,
			errors: { embedOrigins: 'text_control' }
		});
	});

	it('reach the header only in the browser’s own spelling, whatever the database holds', () => {
		expect(isEmbedOrigin('https://anna-beispiel.de')).toBe(true);
		expect(isEmbedOrigin('https://anna-beispiel.de:8443')).toBe(true);
		for (const stored of [
			'https://Anna-Beispiel.de',
			'https://anna-beispiel.de/',
			'https://anna-beispiel.de:443',
			'http://anna-beispiel.de',
			"'self'",
			'*',
			'https://a.de;frame-ancestors *',
			'https://a.de\r\nSet-Cookie: x=1'
		]) {
			expect(isEmbedOrigin(stored), stored).toBe(false);
		}
		expect(embedOrigins("https://a.de 'unsafe-inline' * https://b.de")).toEqual([
			'https://a.de',
			'https://b.de'
		]);
		expect(embedOrigins(null)).toEqual([]);
		expect(embedOriginsText('https://a.de https://b.de')).toBe('https://a.de\nhttps://b.de');
	});
});
