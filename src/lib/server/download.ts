// A file the browser saves rather than shows: question exports, a class's results.

/** A title as a safe file name: lower-case ASCII words joined by dashes, at most 60 characters. */
export function fileSlug(title: string, fallback: string): string {
	return (
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || fallback
	);
}

/** A response the browser saves as `filename`. */
export function attachment(body: string | Uint8Array, type: string, filename: string): Response {
	// Zip bytes as a fresh ArrayBuffer-backed copy, which Response takes as they are.
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${filename}"`,
			// Results and questions are per person: no shared cache keeps them.
			'cache-control': 'private, no-store'
		}
	});
}
