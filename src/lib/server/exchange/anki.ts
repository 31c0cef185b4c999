// An Anki notes file: tab-separated text with Anki's file headers
// (https://docs.ankiweb.net/importing/text-files.html#file-headers, Anki 2.1.55 and later).
import { LETTERS } from '$lib/quiz/letters';
import type { ExchangeQuestion } from './gift';
import { escapeHtml } from './html';

/** The note fields, in column order; Front and Back are the fields of Anki's "Basic" note type. */
export const ANKI_COLUMNS = ['Front', 'Back', 'Tags'] as const;

/**
 * A field as Anki's reader needs it with `#html:true`: HTML-escaped (so a quote never opens a
 * quoted field), line breaks as `<br>`, tabs as `&#9;` (a tab would end the field), and a `#` that
 * would start the line as `&#35;` (Anki skips a line that starts with `#` as a comment).
 */
export function ankiField(text: string): string {
	return escapeHtml(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/^#/, '&#35;');
}

/** A header's value on one line (a line break would end the header). */
const headerValue = (text: string) =>
	text
		.replace(/\p{Cc}+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * One note per question: the front holds the stem and the lettered options, the back the answer
 * (letter and text) and the article's sentence; the third column tags it "quizwright" and with its
 * reading skill. The headers fix the separator, HTML, the note type, the deck (the article's title;
 * Anki reads "::" as a subdeck, so it becomes ":") and the columns, so Anki asks nothing.
 */
export function toAnki(title: string, questions: ExchangeQuestion[]): string {
	const deck = headerValue(title).replace(/:{2,}/g, ':') || 'Quizwright';
	const head = [
		'#separator:tab',
		'#html:true',
		'#notetype:Basic',
		`#deck:${deck}`,
		`#columns:${ANKI_COLUMNS.join('\t')}`,
		`#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`
	];
	const rows = questions.map((q) => {
		const options = q.options.map((o, i) => `${LETTERS[i]}. ${ankiField(o)}`).join('<br>');
		const front = `${ankiField(q.stem)}<br><br>${options}`;
		const answer = `${LETTERS[q.answerIndex]}. ${ankiField(q.options[q.answerIndex] ?? '')}`;
		const back = q.source ? `${answer}<br><br><i>${ankiField(q.source)}</i>` : answer;
		const tags = ['quizwright', ...(q.skill ? [q.skill] : [])].join(' ');
		return [front, back, tags].join('\t');
	});
	return [...head, ...rows].join('\n') + '\n';
}
