/**
 * The quiz of the article „Social Media, was bist du? – Ein Interview mit sozialen Medien“.
 * Question titles and verdict labels are quoted from the article; summaries and takeaways
 * are our own words.
 */
export const socialMediaQuiz = {
	id: 'social-media',
	codePrefix: 'sm',
	version: 1,
	title: { de: 'Social Media Check', en: 'Social Media Check' },
	source: { title: 'Social Media, was bist du? – Ein Interview mit sozialen Medien' },
	questions: [
		{
			id: 'werbeflaeche',
			title: {
				de: 'Social Media, bist du eine Werbefläche?',
				en: 'Social media, are you an advertising space?'
			},
			short: { de: 'Werbefläche', en: 'Advertising space' },
			verdict: { answer: 'nein', kind: 'plain', label: { de: 'Nein.', en: 'No.' } },
			gist: {
				de: 'Gefragt sind Inhalte mit Nutzen; reine Werbung gehört in die bezahlten Anzeigenformate.',
				en: 'People want useful content; plain advertising belongs in the paid ad formats.'
			},
			summary: {
				de: 'Soziale Netzwerke leben von Inhalten, die Menschen kommentieren, bewerten und weitergeben. Reine Werbebotschaften bekommen diese Resonanz nicht – dafür gibt es die bezahlten Anzeigenformate der Plattformen.',
				en: 'Social networks run on content that people comment on, rate and pass along. Plain advertising messages do not earn that response – the platforms sell paid ad formats for that purpose.'
			},
			takeaway: {
				de: 'Plane deine Beiträge als Nutzen für deine Zielgruppe, nicht als Anzeige. Wenn du werben willst, buche Werbung als Werbung.',
				en: 'Plan your posts as something useful for your audience, not as an advert. When you want to advertise, book advertising as such.'
			}
		},
		{
			id: 'traffic',
			title: {
				de: 'Social Media, bist du ein Traffic-Lieferant?',
				en: 'Social media, are you a traffic source?'
			},
			short: { de: 'Traffic-Lieferant', en: 'Traffic source' },
			verdict: { answer: 'jein', kind: 'plain', label: { de: 'Jein.', en: 'Partly.' } },
			gist: {
				de: 'Besuche bringen nur Inhalte, die halten, was sie versprechen – schneller geht es mit Anzeigen.',
				en: 'Only content that keeps its promise brings visitors – ads get you there faster.'
			},
			summary: {
				de: 'Besucher für die eigene Website lassen sich über soziale Netzwerke gewinnen, aber nur mit Inhalten, die halten, was sie versprechen. Lockangebote ohne Substanz werden von den Plattformen zurückgestuft; schneller geht es mit bezahlten Anzeigen.',
				en: 'Social networks can send visitors to your website, but only with content that lives up to its promise. Platforms push down click bait without substance; paid ads get you there with less effort.'
			},
			takeaway: {
				de: 'Rechne nicht mit kostenlosem Traffic auf Knopfdruck. Entscheide je Ziel, ob guter Inhalt oder eine Anzeige der bessere Weg zu Besuchern ist.',
				en: 'Do not count on free traffic on demand. Decide for each goal whether good content or a paid ad is the better route to visitors.'
			}
		},
		{
			id: 'verkauf',
			title: {
				de: 'Social Media, bist du ein Verkaufs-Tool?',
				en: 'Social media, are you a sales tool?'
			},
			short: { de: 'Verkaufs-Tool', en: 'Sales tool' },
			verdict: {
				answer: 'nein',
				kind: 'softened',
				label: { de: 'Nein (noch nicht).', en: 'No (not yet).' },
				qualifier: { de: 'noch nicht', en: 'not yet' }
			},
			gist: {
				de: 'Direktverkauf hat bisher wenig gebracht; ein neuer Anlauf zeigt erste Erfolge.',
				en: 'Selling directly has achieved little so far; a new round shows first successes.'
			},
			summary: {
				de: 'Frühe Versuche, über soziale Netzwerke direkt zu verkaufen, brachten wenig; ihre Stärke lag bei Marke und Image. Inzwischen gibt es einen neuen Anlauf mit ersten Erfolgen für Unternehmen, die ihr Verkaufskonzept klug aufsetzen.',
				en: 'Early attempts to sell directly through social networks achieved little; their strength lay in brand and image. A new round has started, with first successes for companies that set up their sales approach cleverly.'
			},
			takeaway: {
				de: 'Erwarte von Social Media zuerst Bekanntheit und Vertrauen, nicht Umsatz. Direktverkauf kann klappen, braucht aber ein eigenes, durchdachtes Konzept.',
				en: 'Expect awareness and trust from social media first, not revenue. Direct sales can work, but they need a deliberate concept of their own.'
			}
		},
		{
			id: 'image',
			title: {
				de: 'Social Media, bist du ein Image-Verbesserer?',
				en: 'Social media, are you an image booster?'
			},
			short: { de: 'Image-Verbesserer', en: 'Image booster' },
			verdict: { answer: 'ja', kind: 'plain', label: { de: 'Ja.', en: 'Yes.' } },
			gist: {
				de: 'Für einen besseren Ruf ist es der passende Kanal – Telekom und Deutsche Bahn zeigen es.',
				en: 'For a better reputation it is the right channel – Telekom and Deutsche Bahn show how.'
			},
			summary: {
				de: 'Wer am eigenen Ruf arbeiten will, findet in sozialen Netzwerken den passenden Kanal. Als Beispiele nennt der Artikel die Telekom, deren Service heute viel besser wahrgenommen wird, und die Deutsche Bahn, die denselben Weg geht.',
				en: 'If you want to work on your reputation, social networks are the right channel. The article points to Telekom, whose service is seen far more positively today, and to Deutsche Bahn, which follows the same path.'
			},
			takeaway: {
				de: 'Unterschätze nicht, wie sehr ein sichtbarer, hilfsbereiter Auftritt in sozialen Netzwerken das Bild deines Unternehmens prägt – gerade im Kundenservice.',
				en: 'Do not underestimate how much a visible, helpful presence on social networks shapes how people see your business – especially in customer service.'
			}
		},
		{
			id: 'gefahr',
			title: {
				de: 'Social Media, bist du eine Gefahr?',
				en: 'Social media, are you a danger?'
			},
			short: { de: 'Gefahr', en: 'Danger' },
			verdict: {
				answer: 'nein',
				kind: 'softened',
				label: { de: 'Nein (und ja).', en: 'No (and yes).' },
				qualifier: { de: 'und ja', en: 'and yes' }
			},
			gist: {
				de: 'Risiken gibt es, doch professioneller Umgang macht sie klein – gefährlich wird es mit Laien.',
				en: 'There are risks, but handling them professionally makes them small – the danger lies with amateurs.'
			},
			summary: {
				de: 'Empörungswellen und eine Kundschaft, die öffentlich Druck machen kann, bergen mögliche Gefahren. Wie groß sie werden, liegt am Unternehmen: Professionell betreut schrumpfen sie deutlich, gefährlich wird es vor allem, wenn Laien am Werk sind. Der befürchtete dauerhafte Imageschaden nach einer Krise ist bisher meist ausgeblieben.',
				en: 'Waves of outrage and customers who can put a company under public pressure are possible dangers. How big they get is up to the company: handled professionally they shrink considerably, and it becomes dangerous mainly when amateurs are in charge. The feared lasting damage to reputation after a crisis has usually not happened so far.'
			},
			takeaway: {
				de: 'Angst ist kein Grund, fernzubleiben – fehlende Professionalität schon. Lege fest, wer antwortet und wie dein Team mit Kritik umgeht.',
				en: 'Fear is no reason to stay away – a lack of professionalism is. Decide who replies and how you handle criticism.'
			}
		},
		{
			id: 'ads',
			title: {
				de: 'Social Media, bist du ein guter Platz für meine Ads?',
				en: 'Social media, are you a good place for my ads?'
			},
			short: { de: 'Platz für Ads', en: 'Place for ads' },
			verdict: { answer: 'ja', kind: 'plain', label: { de: 'Ja.', en: 'Yes.' } },
			gist: {
				de: 'Keine andere Werbeform im Netz trifft eine Zielgruppe so genau.',
				en: 'No other form of advertising online reaches an audience as precisely.'
			},
			summary: {
				de: 'Kaum ein anderer Ort im Netz erlaubt es, eine Zielgruppe so präzise anzusprechen. Die Netzwerke, allen voran Facebook, kennen ihre Nutzer außergewöhnlich gut.',
				en: 'Hardly any other place online lets you reach an audience as precisely. The networks, Facebook above all, know their users exceptionally well.'
			},
			takeaway: {
				de: 'Bezahlte Anzeigen in sozialen Netzwerken erreichen genau die Menschen, die du suchst. Teste ein kleines Budget mit klar umrissener Zielgruppe.',
				en: 'Paid ads on social networks reach exactly the people you are looking for. Test a small budget with a clearly defined audience.'
			}
		},
		{
			id: 'facebook',
			title: {
				de: 'Social Media, bist du Facebook?',
				en: 'Social media, are you Facebook?'
			},
			short: { de: 'Facebook', en: 'Facebook' },
			verdict: { answer: 'nein', kind: 'plain', label: { de: 'Nein.', en: 'No.' } },
			gist: {
				de: 'Facebook ist groß, aber nur ein Kanal von vielen – eigene Kanäle wie ein Blog zählen genauso.',
				en: 'Facebook is big but only one channel of many – channels of your own such as a blog count just as much.'
			},
			summary: {
				de: 'Facebook ist das größte soziale Netzwerk und wird deshalb oft mit Social Media gleichgesetzt. Eine Strategie sollte trotzdem nicht nur darauf bauen: Andere Kanäle wie ein Unternehmensblog zählen mindestens genauso viel.',
				en: 'Facebook is the largest social network and is therefore often treated as the same thing as social media. A strategy should still not rely on it alone: other channels such as a company blog count at least as much.'
			},
			takeaway: {
				de: 'Setze nicht alles auf eine Plattform. Prüfe, wo deine Kundschaft wirklich unterwegs ist, und denke einen eigenen Kanal wie ein Blog mit.',
				en: 'Do not put everything on one platform. Check where your customers really are, and include a channel of your own such as a blog.'
			}
		},
		{
			id: 'kommunikation',
			title: {
				de: 'Social Media, bist du ein Kommunikations-Kanal?',
				en: 'Social media, are you a communication channel?'
			},
			short: { de: 'Kommunikations-Kanal', en: 'Communication channel' },
			verdict: {
				answer: 'ja',
				kind: 'emphatic',
				label: { de: 'Ja. Unbedingt.', en: 'Yes. Absolutely.' }
			},
			gist: {
				de: 'Soziale Netzwerke sind vor allem Gespräch; nur wer das versteht, hat im Social Marketing Erfolg.',
				en: 'Social networks are above all conversation; only those who understand that succeed in social marketing.'
			},
			summary: {
				de: 'Für den Artikel ist das der Kern: Soziale Netzwerke sind vor allem Kommunikation, so wie einst das Telefon. Erfolg im Social Marketing hat nur, wer sie so versteht und seine Inhalte danach ausrichtet.',
				en: 'For the article this is the core: social networks are above all communication, much as the telephone once was. Only those who see them that way, and shape their content accordingly, succeed in social marketing.'
			},
			takeaway: {
				de: 'Behandle soziale Netzwerke als Gespräch mit deiner Kundschaft: zuhören, antworten, Fragen stellen. Alles andere baut darauf auf.',
				en: 'Treat social networks as a conversation with your customers: listen, reply, ask questions. Everything else builds on that.'
			}
		}
	],
	bands: [
		{
			id: 'profi',
			minPercent: 85,
			name: { de: 'Kommunikations-Profi', en: 'Communication pro' },
			meaning: {
				de: 'Dein Bild von Social Media deckt sich weitgehend mit dem des Artikels: Du siehst die Netzwerke als Ort für Gespräche und Inhalte, nicht als Plakatwand.',
				en: 'Your picture of social media largely matches the article’s: you see the networks as a place for conversations and content, not as a billboard.'
			},
			next: {
				de: 'Prüfe als Nächstes, ob dein Auftritt zeigt, was du weißt: Antwortest du zügig auf Kommentare, und hast du neben Facebook einen eigenen Kanal wie ein Blog? Mit den Begründungen unten bringst du dein Team auf denselben Stand.',
				en: 'Next, check whether your presence shows what you know: do you reply to comments promptly, and do you have a channel of your own besides Facebook, such as a blog? The reasoning below helps you bring your team up to the same level.'
			}
		},
		{
			id: 'gut',
			minPercent: 60,
			name: { de: 'Auf gutem Weg', en: 'On the right track' },
			meaning: {
				de: 'Vieles siehst du wie der Artikel, bei einigen Fragen lohnt ein zweiter Blick – dort steckt das meiste Potenzial für dein Unternehmen.',
				en: 'You see much of it as the article does; a second look at a few questions is worthwhile – that is where most of the potential for your business lies.'
			},
			next: {
				de: 'Nimm dir zuerst die Fragen vor, bei denen du am weitesten vom Artikel entfernt bist: Dort bringt ein zweiter Blick am meisten.',
				en: 'Start with the questions where you are furthest from the article: a second look pays off most there.'
			}
		},
		{
			id: 'umdenken',
			minPercent: 0,
			name: { de: 'Umdenken lohnt sich', en: 'Time to rethink' },
			meaning: {
				de: 'Dein Verständnis weicht an mehreren Stellen deutlich vom Artikel ab. Die Erklärungen unten zeigen, wo ein anderer Blick auf Social Media deinem Unternehmen helfen kann.',
				en: 'Your understanding differs clearly from the article’s in several places. The explanations below show where a different view of social media can help your business.'
			},
			next: {
				de: 'Lies zuerst die Begründungen zu den Fragen, bei denen du anders geantwortet hast, und besprich mit deinem Team, welche Sicht zu deinem Unternehmen passt.',
				en: 'First read the reasoning on the questions you answered differently, and talk with your team about which view fits your business.'
			}
		}
	],
	insights: [
		{
			id: 'organic-vs-paid',
			when: { kind: 'alike', questions: ['werbeflaeche', 'ads'] },
			title: { de: 'Inhalte oder Anzeigen?', en: 'Content or ads?' },
			text: {
				de: 'Du hast „Werbefläche“ und „Platz für Ads“ gleich beantwortet. Der Artikel trennt beides: Deine eigenen Beiträge sind keine Werbefläche und sollen Nutzen stiften, bezahlte Anzeigen dagegen finden in sozialen Netzwerken ihre Zielgruppe besonders genau.',
				en: 'You answered “advertising space” and “place for ads” the same way. The article keeps the two apart: your own posts are not an advertising space and should be useful, while paid ads reach their audience on social networks especially precisely.'
			}
		}
	]
};
