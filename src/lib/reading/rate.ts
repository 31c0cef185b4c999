// How fast and how well a learner read (issue 17), and the level their reading puts them at. Pure.
// The honest baseline: adults read non-fiction silently at about 238 words a minute (Brysbaert
// 2019), and speed trades off against comprehension (Rayner et al. 2016): both are measured, and no
// speed is praised on its own.
import { LEVELS } from './shelf';
import { bandOf, gradeLabel } from './bands';

/** Faster than anyone reads with understanding: recorded, flagged, never used for a level. */
export const IMPLAUSIBLE_WPM = 1000;

/** Adults' silent reading rate for non-fiction (Brysbaert 2019), for the learner to compare with. */
export const ADULT_WPM = 238;

export interface ReadingFigures {
	/** Words per minute, rounded. */
	wpm: number;
	/** Share of the quiz right, 0–1. */
	comprehension: number;
	/** Words per minute × share right, rounded: how many words a minute were understood. */
	effectiveWpm: number;
	/** False past IMPLAUSIBLE_WPM: then the reading does not count toward the level. */
	plausible: boolean;
	/** The figures read for the learner, in a sentence or two. */
	summary: string;
}

/** The figures of one timed reading and the quiz after it. */
export function readingFigures(reading: {
	words: number;
	readingMs: number;
	correct: number;
	total: number;
}): ReadingFigures {
	const minutes = Math.max(reading.readingMs, 1000) / 60_000;
	const wpm = Math.round(reading.words / minutes);
	const comprehension = reading.total > 0 ? reading.correct / reading.total : 0;
	const effectiveWpm = Math.round(wpm * comprehension);
	const plausible = wpm <= IMPLAUSIBLE_WPM;
	const right = `${reading.correct} of ${reading.total}`;
	const summary = plausible
		? `You read ${wpm} words a minute and got ${right} right: you understood about ${effectiveWpm} words a minute. ` +
			`Adults read this kind of text at about ${ADULT_WPM} words a minute; understanding counts more than speed.`
		: `That was ${wpm} words a minute, faster than anyone reads with understanding (over ${IMPLAUSIBLE_WPM}). ` +
			`The reading is kept, but it does not count toward your level.`;
	return { wpm, comprehension, effectiveWpm, plausible, summary };
}

/** A finished closed-book quiz, for the level rule: its text's grade and the share right (0–100). */
export interface LevelledQuiz {
	grade: number;
	percent: number;
}

/** Above this share right a reader moves up a level (after two such quizzes in a row). */
export const MOVE_UP_PERCENT = 90;
/** Below this share right a reader moves down a level (after two such quizzes in a row). */
export const MOVE_DOWN_PERCENT = 70;

/** The index in LEVELS of the band a grade falls in. */
export function levelIndexOf(grade: number): number {
	return LEVELS.indexOf(gradeLabel(bandOf(grade)) as (typeof LEVELS)[number]);
}

/**
 * The level a reader's quizzes put them at, as the leveled-reading platforms do (ReadTheory,
 * Achieve3000): the first two quizzes place a new reader at the level of the texts they read, one
 * up when both were above 90% and one down when both were below 70%; after that, two quizzes in a
 * row above 90% move them up a level, two below 70% down one. Null before two quizzes.
 */
export function readerLevel(quizzes: readonly LevelledQuiz[]): string | null {
	if (quizzes.length < 2) return null;
	const [first, second] = quizzes as [LevelledQuiz, LevelledQuiz];
	const clamp = (i: number) => Math.min(LEVELS.length - 1, Math.max(0, i));
	const high = (q: LevelledQuiz) => q.percent > MOVE_UP_PERCENT;
	const low = (q: LevelledQuiz) => q.percent < MOVE_DOWN_PERCENT;
	let level = levelIndexOf((first.grade + second.grade) / 2);
	if (high(first) && high(second)) level = clamp(level + 1);
	else if (low(first) && low(second)) level = clamp(level - 1);
	let ups = 0;
	let downs = 0;
	for (const quiz of quizzes.slice(2)) {
		ups = high(quiz) ? ups + 1 : 0;
		downs = low(quiz) ? downs + 1 : 0;
		if (ups === 2) {
			level = clamp(level + 1);
			ups = 0;
		} else if (downs === 2) {
			level = clamp(level - 1);
			downs = 0;
		}
	}
	return LEVELS[level]!;
}
