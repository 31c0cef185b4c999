// Spaced review with FSRS (https://github.com/open-spaced-repetition/ts-fsrs): a thin, pure wrapper
// with `now` always passed in, so tests pin the clock. Fuzz is off, so the same ratings at the same
// times give the same due dates, here and in ts-fsrs itself.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export type { Card } from 'ts-fsrs';

/** A card that has lapsed this many times is a leech: the learner is told, it is not hidden. */
export const LEECH_LAPSES = 8;

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

const GRADES: Record<ReviewRating, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

/** The scheduler every review uses: ts-fsrs defaults (90% retention), no fuzz. */
export const scheduler = fsrs({ enable_fuzz: false });

/** A card never reviewed, due now. */
export function newCard(now: Date): Card {
	return createEmptyCard(now);
}

/** The card after a review rated `rating` at `now`. */
export function rate(card: Card, rating: ReviewRating, now: Date): Card {
	return scheduler.next(card, now, GRADES[rating]).card;
}

/**
 * What an answer rates: wrong is always Again; right is Good unless the learner says it was Hard
 * or Easy.
 */
export function ratingFor(correct: boolean, chosen?: ReviewRating): ReviewRating {
	if (!correct) return 'again';
	return chosen && chosen !== 'again' ? chosen : 'good';
}

/** True once the card has lapsed LEECH_LAPSES times. */
export function isLeech(card: Pick<Card, 'lapses'>): boolean {
	return card.lapses >= LEECH_LAPSES;
}

/** "now", "in 10 minutes", "in 3 hours", "in 1 day", "in 3 days": when the card comes back. */
export function dueIn(due: Date, now: Date): string {
	const minutes = Math.round((due.getTime() - now.getTime()) / 60_000);
	if (minutes <= 0) return 'now';
	if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
	const days = Math.round(hours / 24);
	return `in ${days} ${days === 1 ? 'day' : 'days'}`;
}
