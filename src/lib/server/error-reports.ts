// What handleError (src/hooks.server.ts) logs and shows. A client error (4xx: a malformed address,
// a form sent as JSON) is the request's fault: one line in the log, no stack, and a page saying what
// was wrong. A server error (5xx) is ours: its stack is logged. Only the error itself is logged,
// never the request: SvelteKit's errors can carry the whole request event (headers, cookies) as a
// property or a cause, which console.error(error) would print in full.

/** What a person is told for each client error SvelteKit raises itself, by its short text. */
const CLIENT_MESSAGES: Record<string, string> = {
	'Malformed URI': 'This address is malformed (it has a broken %-escape), so it leads nowhere.',
	'Method Not Allowed': 'This page does not take form posts.',
	'Payload Too Large': 'What you sent is too large for the server.',
	'Unsupported Media Type':
		'This form was not sent as an ordinary web form, so the server could not read it.'
};

const MAX_PATH = 200;

/** The request's path as it is safe to log: control characters escaped, cut short. */
function pathOf(url: URL): string {
	const path = url.pathname.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16)}`);
	return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path;
}

/** The error's stack (or text) and its causes' stacks: strings only, never the objects they hold. */
function stackOf(error: unknown): string {
	const lines: string[] = [];
	const seen = new Set<unknown>();
	for (let e = error; e !== undefined && e !== null && !seen.has(e) && lines.length < 5;) {
		seen.add(e);
		if (!(e instanceof Error)) {
			lines.push(typeof e === 'string' ? e : `thrown ${typeof e}`);
			break;
		}
		lines.push(lines.length ? `Caused by: ${e.stack ?? e.message}` : (e.stack ?? e.message));
		e = e.cause;
	}
	return lines.join('\n');
}

export interface Report {
	/** The line (client errors) or lines (server errors) for the log. */
	log: string;
	/** What the page says. */
	message: string;
	/** Whether it is the request's fault (4xx). */
	client: boolean;
}

/**
 * What to log and show for an error SvelteKit passes to handleError. `message` is SvelteKit's own
 * short text for its errors ("Malformed URI", "Unsupported Media Type"), "Internal Error" otherwise.
 */
export function reportError(
	error: unknown,
	event: { request: Request; url: URL },
	status: number,
	message: string
): Report {
	const where = `${event.request.method} ${pathOf(event.url)}`;
	if (status >= 400 && status < 500) {
		return {
			log: `${status} ${where}: ${message}`,
			message:
				status === 404
					? 'Not found'
					: Object.hasOwn(CLIENT_MESSAGES, message)
						? CLIENT_MESSAGES[message]!
						: message,
			client: true
		};
	}
	return { log: `${status} ${where}: ${stackOf(error)}`, message, client: false };
}
