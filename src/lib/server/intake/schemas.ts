import * as v from 'valibot';

/** "Paste": a title and a text; what makes them acceptable is checked by `checkArticle`. */
export const PasteArticle = v.object({
	title: v.string('Give the article a title.'),
	text: v.string('Paste the article’s text.')
});

/** "Import": one web address. */
export const ImportUrl = v.object({
	url: v.pipe(
		v.string('Enter the address of a web page.'),
		v.trim(),
		v.nonEmpty('Enter the address of a web page.'),
		v.maxLength(2048, 'Use an address of at most 2,048 characters.')
	)
});

/** How much of a field the form shows back: the whole of any text that could be an article. */
export const KEEP_TITLE = { name: 'title', max: 400 };
export const KEEP_TEXT = { name: 'text', max: 1_000_000, multiline: true };
export const KEEP_URL = { name: 'url', max: 2048 };
