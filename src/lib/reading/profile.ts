// The reader profile on the progress page (issue 17): each timed reading's figures, the level the
// readings put the learner at, and their strongest and weakest reading skill. Pure.
import { readerLevel, readingFigures } from './rate';
import { levelOf } from './shelf';

/** A finished timed reading with its closed-book quiz's score (readings.records on the server). */
export interface TimedReading {
	id: string;
	articleId: string;
	articleTitle: string;
	words: number;
	grade: number | null;
	readingMs: number;
	wholeTime: boolean;
	finishedAt: Date;
	correct: number;
	total: number;
}

/** One row of the profile's table and one point of its charts. */
export interface ProfileRow {
	id: string;
	articleId: string;
	title: string;
	finishedAt: Date;
	/** The article's level when it was read ("Grade 9-10"), or null when it had none. */
	level: string | null;
	wpm: number;
	/** Share right, 0–100, rounded. */
	percent: number;
	correct: number;
	total: number;
	effectiveWpm: number;
	/** False past 1,000 words a minute: shown as too fast to count, left out of the level. */
	plausible: boolean;
	/** The page had no JavaScript to pause the timer while hidden: the whole time counted. */
	wholeTime: boolean;
}

/** A reading skill's share right, as progress.summary's `skills` give it. */
export interface SkillShare {
	skill: string;
	label: string;
	answered: number;
	percent: number;
}

export interface ReaderProfile {
	rows: ProfileRow[];
	/** "Grade 9-10", or null before two readings count. */
	level: string | null;
	/** How many readings count toward the level: plausible, of an article with a level. */
	counted: number;
	/** The strongest and weakest skill, when at least two skills have answers. */
	skills: { best: SkillShare; weakest: SkillShare } | null;
}

/** The profile of a learner's timed readings (oldest first) and their skills' shares. */
export function readerProfile(
	readings: readonly TimedReading[],
	skills: readonly SkillShare[]
): ReaderProfile {
	const rows = readings.map((reading): ProfileRow => {
		const figures = readingFigures(reading);
		return {
			id: reading.id,
			articleId: reading.articleId,
			title: reading.articleTitle,
			finishedAt: reading.finishedAt,
			level: levelOf(reading.grade),
			wpm: figures.wpm,
			percent: Math.round(100 * figures.comprehension),
			correct: reading.correct,
			total: reading.total,
			effectiveWpm: figures.effectiveWpm,
			plausible: figures.plausible,
			wholeTime: reading.wholeTime
		};
	});
	const levelled = readings.flatMap((reading, i) =>
		rows[i]!.plausible && reading.grade !== null
			? [{ grade: reading.grade, percent: (100 * reading.correct) / Math.max(1, reading.total) }]
			: []
	);
	return {
		rows,
		level: readerLevel(levelled),
		counted: levelled.length,
		skills: bestAndWeakest(skills)
	};
}

/**
 * The skill with the highest share right and the one with the lowest (the more answered first
 * among equals: more evidence), when there are at least two skills to compare.
 */
export function bestAndWeakest(
	skills: readonly SkillShare[]
): { best: SkillShare; weakest: SkillShare } | null {
	if (skills.length < 2) return null;
	const [best] = [...skills].sort((a, b) => b.percent - a.percent || b.answered - a.answered);
	const [weakest] = skills
		.filter((skill) => skill !== best)
		.sort((a, b) => a.percent - b.percent || b.answered - a.answered);
	return { best: best!, weakest: weakest! };
}
