// What a person sees when a form post is refused as cross-site (src/lib/server/csrf.ts): written
// once, for the server's own page (a browser's plain form post) and for the app's error page (a
// post sent by `use:enhance`, answered with an ActionResult).

/** The heading, and the `message` of the JSON answers. */
export const CROSS_SITE_TITLE = 'This form was sent from another site';

/** The two addresses that did not match, carried by an enhanced form's error. */
export interface CrossSite {
	/** The page that sent the form (its `Origin` header), or null when it did not say. */
	origin: string | null;
	/** This server's address as the request reached it. */
	expected: string;
}

/** The explanation under the heading: why it was refused, what to set, and where to go instead. */
export function crossSiteExplanation({ origin, expected }: CrossSite): {
	why: string;
	fix: string;
	back: string;
} {
	const from = origin ? `was sent from ${origin}` : 'did not say which page sent it';
	return {
		why:
			'Quizwright accepts a form only from its own pages, so nothing was saved. ' +
			`This one ${from}, but this server's address is ${expected}.`,
		fix: origin
			? `If ${origin} is where you opened Quizwright, the server does not know its own address: ` +
				`whoever runs it should set ORIGIN=${origin} (behind a reverse proxy, PROTOCOL_HEADER and ` +
				'HOST_HEADER also work) and restart it.'
			: 'If you opened Quizwright yourself, whoever runs it should set ORIGIN to the address ' +
				'people open it at (for example ORIGIN=https://quiz.example.org) and restart it.',
		back: `Otherwise, open Quizwright at ${expected} and send the form again from there.`
	};
}
