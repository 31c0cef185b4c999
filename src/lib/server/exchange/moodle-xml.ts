// Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): multiple-choice questions out, and
// the single-answer multiple-choice questions of a Moodle export in.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { LETTERS } from '$lib/quiz/letters';
import type { ExchangeQuestion } from './gift';
import { escapeHtml, htmlToText, xmlSafe } from './html';

/** The most questions one Moodle XML import reads. */
export const MAX_MOODLE_QUESTIONS = 1_000;

/** A category path segment: Moodle reads "/" as a step down, "//" as a slash. */
const categoryName = (title: string) =>
	xmlSafe(title.replace(/\s+/g, ' ').trim()).replace(/\//g, '//');

const html = (text: string) => ({ '@_format': 'html', text: escapeHtml(text) });

/**
 * The questions as a Moodle XML quiz: a category named after the article, then one single-answer
 * multiple-choice question each ("Q1", "Q2"…), its options shuffled by Moodle and numbered a, b, c,
 * with the article's sentence as the general feedback every learner sees after answering.
 */
export function toMoodleXml(title: string, questions: ExchangeQuestion[]): string {
	const builder = new XMLBuilder({
		ignoreAttributes: false,
		suppressBooleanAttributes: false,
		format: true,
		indentBy: '  ',
		suppressEmptyNode: true
	});
	const category = {
		'@_type': 'category',
		category: { text: `$course$/${categoryName(title) || 'Quizwright'}` }
	};
	const items = questions.map((q, n) => ({
		'@_type': 'multichoice',
		name: { text: `Q${n + 1}` },
		questiontext: html(q.stem),
		generalfeedback: html(q.source ?? ''),
		defaultgrade: '1',
		single: 'true',
		shuffleanswers: 'true',
		answernumbering: 'abc',
		answer: q.options.map((option, i) => ({
			'@_fraction': i === q.answerIndex ? '100' : '0',
			'@_format': 'html',
			text: escapeHtml(option),
			feedback: html(
				i === q.answerIndex ? 'Right.' : `No: the answer is ${q.options[q.answerIndex] ?? ''}.`
			)
		}))
	}));
	return builder.build({
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		quiz: { question: [category, ...items] }
	});
}

/** A question read from a Moodle XML file, with its number in the file. */
export type MoodleQuestion = ExchangeQuestion & { number: number };

export type MoodleParse =
	| {
			ok: true;
			questions: MoodleQuestion[];
			/** Questions that were skipped, each with its number in the file and the reason. */
			skipped: { number: number; reason: string }[];
	  }
	| { ok: false; error: string };

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A child by name, only if the parser made it (never one inherited from Object). */
const child = (node: unknown, name: string): unknown =>
	isNode(node) && Object.hasOwn(node, name) ? node[name] : undefined;

/** A `<text>` element's content as a string (the parser gives an object when it has attributes). */
function textOf(node: unknown): string | null {
	const text = child(node, 'text');
	if (typeof text === 'string') return text;
	const inner = child(text, '#text');
	return typeof inner === 'string' ? inner : text === '' ? '' : null;
}

/** A field's text as plain text: HTML (Moodle's default and its editor's) read as a reader sees it. */
function plainText(node: unknown): string | null {
	const text = textOf(node);
	if (text === null) return null;
	const format = child(node, '@_format');
	return format === 'plain_text' || format === 'markdown'
		? text.replace(/\r\n?/g, '\n').trim()
		: htmlToText(text);
}

const TYPE_NAMES: Record<string, string> = {
	truefalse: 'a true/false',
	shortanswer: 'a short-answer',
	numerical: 'a numerical',
	matching: 'a matching',
	match: 'a matching',
	essay: 'an essay',
	cloze: 'an embedded-answers (Cloze)',
	multianswer: 'an embedded-answers (Cloze)',
	description: 'a description, not a',
	ddwtos: 'a drag-and-drop',
	gapselect: 'a select-missing-words',
	calculated: 'a calculated',
	calculatedmulti: 'a calculated multiple-choice'
};

/** Why a `<question>` cannot be imported, or the question. */
function readQuestion(question: Node): ExchangeQuestion | string {
	const type = child(question, '@_type');
	if (type !== 'multichoice') {
		const name = typeof type === 'string' ? TYPE_NAMES[type] : undefined;
		return name
			? `It is ${name} question; only multiple-choice questions can be imported.`
			: `Its type (${typeof type === 'string' ? `“${type.slice(0, 40)}”` : 'none'}) is not multiple choice.`;
	}
	const single = textValue(child(question, 'single'));
	if (single !== null && !['true', '1'].includes(single.trim().toLowerCase()))
		return 'It allows more than one answer; only questions with one right answer can be imported.';
	const stem = plainText(child(question, 'questiontext'));
	if (!stem) return 'It has no question text.';
	const answers = child(question, 'answer');
	const list = Array.isArray(answers) ? answers : [];
	const options: string[] = [];
	const fractions: number[] = [];
	for (const answer of list) {
		const text = plainText(answer);
		if (text === null) return 'One of its answers has no text.';
		options.push(text);
		fractions.push(Number(child(answer, '@_fraction') ?? 0));
	}
	if (fractions.some((f) => f !== 0 && f !== 100))
		return 'It gives answers partial credit or a penalty; only one right answer (100%) and wrong ones (0%) can be imported.';
	const right = fractions.flatMap((f, i) => (f === 100 ? [i] : []));
	if (right.length !== 1 || options.length !== LETTERS.length)
		return `Only questions with four options and one right answer can be imported; it has ${options.length} ${options.length === 1 ? 'option' : 'options'} and ${right.length} right.`;
	return { stem, options, answerIndex: right[0]! };
}

/** An element holding only text (`<single>true</single>`), as a string. */
function textValue(node: unknown): string | null {
	if (typeof node === 'string') return node;
	if (Array.isArray(node)) return textValue(node[0]);
	const inner = child(node, '#text');
	return typeof inner === 'string' ? inner : null;
}

/**
 * Reads the single-answer multiple-choice questions of a Moodle XML file: exactly one answer worth
 * 100% and three worth 0%. Other question types and other shapes are skipped, each with the reason;
 * categories are not questions and are passed over. A file that is not well-formed XML, has no
 * `<quiz>`, declares a DOCTYPE (Moodle writes none, and entities could expand without end) or holds
 * more than MAX_MOODLE_QUESTIONS questions is refused with one sentence.
 */
export function parseMoodleXml(text: string): MoodleParse {
	const xml = text.replace(/^\uFEFF/, '');
	if (/<!DOCTYPE|<!ENTITY/i.test(xml))
		return { ok: false, error: 'The file declares a DOCTYPE, which Moodle XML files never do.' };
	const valid = XMLValidator.validate(xml);
	if (valid !== true)
		return {
			ok: false,
			error: `The file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`
		};
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		parseAttributeValue: false,
		isArray: (name) => name === 'question' || name === 'answer'
	});
	const quiz = child(parser.parse(xml) as unknown, 'quiz');
	if (quiz === undefined)
		return { ok: false, error: 'The file is XML but not Moodle XML: it has no <quiz> element.' };
	const all = child(quiz, 'question');
	const list = (Array.isArray(all) ? all : []).filter(
		(q) => !(isNode(q) && child(q, '@_type') === 'category')
	);
	if (list.length > MAX_MOODLE_QUESTIONS)
		return {
			ok: false,
			error: `The file has ${list.length.toLocaleString('en')} questions; one import reads at most ${MAX_MOODLE_QUESTIONS.toLocaleString('en')}. Split it into smaller files.`
		};
	const questions: MoodleQuestion[] = [];
	const skipped: { number: number; reason: string }[] = [];
	list.forEach((question, index) => {
		const number = index + 1;
		const read = isNode(question) ? readQuestion(question) : 'It is empty.';
		if (typeof read === 'string') skipped.push({ number, reason: read });
		else questions.push({ ...read, number });
	});
	return { ok: true, questions, skipped };
}
