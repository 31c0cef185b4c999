import { isSkill, SKILL_LABELS, SKILLS, skillOf, type Skill } from '$lib/generator/skills';
import * as clock from '$lib/server/clock';
import * as reviews from '$lib/server/reviews';
import { requireOwn, requireUser } from '$lib/server/auth/guards';
import { parseForm } from '$lib/server/forms';
import { ReviewAnswer, ReviewRate } from '$lib/server/quiz-forms';
import { markParts, storedRange } from '$lib/quiz/highlight';
import { passageOf } from '$lib/quiz/passage';
import { dueIn, ratingFor } from '$lib/quiz/review';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

/** The reading skill a review is narrowed to (`?skill=`), if it names one. */
function skillOfUrl(url: URL): Skill | undefined {
	const skill = url.searchParams.get('skill');
	return isSkill(skill) ? skill : undefined;
}

/** The review page again, keeping its skill filter. */
function reviewPath(url: URL, last?: string): string {
	const query = new URLSearchParams();
	if (last) query.set('last', last);
	const skill = skillOfUrl(url);
	if (skill) query.set('skill', skill);
	return query.size > 0 ? `/review?${query}` : '/review';
}

// A review session: the most overdue card, one at a time. Answering shows feedback (and keeps the
// answer); rating stores the review, judged by that answer, and moves on. `?last=ID` says when that
// card comes back; `?skill=SKILL` reviews only the questions of one reading skill.
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event.locals);
	const { db } = event.locals;
	const now = clock.now(event);
	const skill = skillOfUrl(event.url);
	const dueKinds = await reviews.dueByKind(db, user.id, now);
	const skills = SKILLS.map((s) => ({
		skill: s,
		label: SKILL_LABELS[s],
		count: dueKinds.filter((k) => skillOf(k.kind) === s).reduce((n, k) => n + k.n, 0)
	})).filter((s) => s.count > 0 || s.skill === skill);
	const next = await reviews.nextDue(db, user.id, now, skill);
	const lastId = event.url.searchParams.get('last');
	const last = lastId ? await reviews.read(db, lastId) : undefined;
	const later = next ? undefined : await reviews.nextLater(db, user.id, now);
	return {
		due: await reviews.countDue(db, user.id, now, skill),
		skill: skill ? { skill, label: SKILL_LABELS[skill] } : null,
		skills,
		card: next
			? {
					id: next.card.id,
					stem: next.stem,
					options: next.options,
					passage: passageOf(next),
					articleTitle: next.articleTitle,
					leech: next.card.leech
				}
			: null,
		last:
			last && last.userId === user.id
				? { nextReview: dueIn(last.due, now), leech: last.leech }
				: null,
		later: later ? dueIn(later, now) : null,
		leeches: (await reviews.leeches(db, user.id)).map((row) => ({
			id: row.card.id,
			stem: row.stem,
			lapses: row.card.lapses,
			articleId: row.articleId,
			articleTitle: row.articleTitle,
			questionId: row.card.questionId
		}))
	};
};

/** The learner's own card with its question as shown; 404 for a missing or someone else's card. */
async function ownCard(locals: App.Locals, id: string) {
	const row = await reviews.shownCard(locals.db, id);
	requireOwn(locals, row?.card);
	if (!row) error(404, 'Not found');
	return row;
}

export const actions = {
	// Shows whether the answer was right, with the source, and keeps the answer; the review is
	// stored by `rate`.
	answer: async (event) => {
		requireUser(event.locals);
		const parsed = await parseForm(event.request, ReviewAnswer);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const row = await ownCard(event.locals, parsed.data.card);
		const now = clock.now(event);
		if (row.card.due > now) redirect(303, reviewPath(event.url));
		await reviews.answer(event.locals.db, row.card, parsed.data.choice, now);
		const correct = parsed.data.choice === row.answerIndex;
		return {
			feedback: {
				cardId: row.card.id,
				chosen: parsed.data.choice,
				correct,
				answerIndex: row.answerIndex,
				sentence: markParts(row.sourceSentence, storedRange(row)),
				articleId: row.articleId,
				questionId: row.card.questionId
			}
		};
	},
	// Wrong → Again; right → Good, or Hard or Easy when the learner says so. Once per due card.
	rate: async (event) => {
		requireUser(event.locals);
		const parsed = await parseForm(event.request, ReviewRate);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const row = await ownCard(event.locals, parsed.data.card);
		// Judged by the answer given (stored by `answer`), never by a choice the form sends.
		const chosen = row.card.pendingChoice;
		if (chosen === null) redirect(303, reviewPath(event.url));
		const rating = ratingFor(chosen === row.answerIndex, parsed.data.rating);
		await reviews.review(event.locals.db, row.card, rating, clock.now(event));
		redirect(303, reviewPath(event.url, row.card.id));
	}
} satisfies Actions;
