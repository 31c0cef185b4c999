import { isSkill, SKILL_LABELS, SKILLS, skillOf, type Skill } from '$lib/generator/skills';
import * as clock from '$lib/server/clock';
import * as reviews from '$lib/server/reviews';
import { requireOwn, requireUser } from '$lib/server/auth/guards';
import { parseForm, postedField, type FieldErrors } from '$lib/server/forms';
import { formQuestionOf, gradeItem, MAX_TYPED_LENGTH } from '$lib/server/grading';
import {
	ReviewAnswer,
	ReviewHint,
	ReviewRate,
	ReviewSettings,
	ReviewTypedAnswer
} from '$lib/server/quiz-forms';
import * as users from '$lib/server/users';
import {
	ANSWER_FORM_LABELS,
	clozeOf,
	formsOf,
	formToAsk,
	hintFor,
	inputModeFor,
	type FormPreference
} from '$lib/quiz/answer-forms';
import { markParts, storedRange } from '$lib/quiz/highlight';
import { passageOf } from '$lib/quiz/passage';
import { dueIn } from '$lib/quiz/review';
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

/**
 * The form a card is asked in for this learner (their pinned form, or the card's ladder step) and
 * the forms its question has.
 */
function askedForm(row: NonNullable<reviews.ShownCard>, preference: FormPreference) {
	const shown = formQuestionOf(row);
	const supported = formsOf(shown);
	return { shown, supported, form: formToAsk(row.card.form, supported, preference) };
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
	const preference = await users.reviewFormOf(db, user.id);
	const asked = next ? askedForm(next, preference) : undefined;
	return {
		preference,
		due: await reviews.countDue(db, user.id, now, skill),
		skill: skill ? { skill, label: SKILL_LABELS[skill] } : null,
		skills,
		card: next
			? {
					id: next.card.id,
					stem: next.stem,
					form: asked!.form,
					formLabel: ANSWER_FORM_LABELS[asked!.form],
					// Only a choice shows options; a blank or a field would be given away by them.
					options: asked!.form === 'choice' ? next.options : [],
					cloze: asked!.form === 'cloze' ? clozeOf(asked!.shown) : null,
					inputMode: inputModeFor(asked!.shown.answer),
					hint:
						asked!.form !== 'choice' && next.card.pendingHinted
							? hintFor(asked!.shown.answer)
							: null,
					passage: asked!.form === 'cloze' ? null : passageOf(next),
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
		const user = requireUser(event.locals);
		const { db } = event.locals;
		const typing = await postedField(event.request, 'typed');
		const parsed = typing
			? await parseForm(event.request, ReviewTypedAnswer, [
					{ name: 'typed', max: MAX_TYPED_LENGTH }
				])
			: await parseForm(event.request, ReviewAnswer);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const row = await ownCard(event.locals, parsed.data.card);
		const now = clock.now(event);
		if (row.card.due > now) redirect(303, reviewPath(event.url));
		const { shown, form } = askedForm(row, await users.reviewFormOf(db, user.id));
		if ((form === 'choice') === typing) {
			const errors: FieldErrors = { form: 'This card is asked another way now. Answer it again.' };
			return fail(400, { values: parsed.values, errors });
		}
		const given = 'typed' in parsed.data ? { typed: parsed.data.typed } : parsed.data.choice;
		await reviews.answer(db, row.card, given, now);
		const grade =
			typeof given === 'number'
				? undefined
				: await gradeItem(db, { ...row, questionId: row.card.questionId }, given.typed);
		const correct = grade ? grade.accepted : given === row.answerIndex;
		return {
			feedback: {
				cardId: row.card.id,
				form,
				chosen: typeof given === 'number' ? given : null,
				typed: typeof given === 'number' ? null : given.typed,
				answer: shown.answer,
				gradeNote: grade?.explanation ?? null,
				hinted: form !== 'choice' && row.card.pendingHinted,
				correct,
				answerIndex: row.answerIndex,
				sentence: markParts(row.sourceSentence, storedRange(row)),
				articleId: row.articleId,
				questionId: row.card.questionId
			}
		};
	},
	// "Show a hint" (fill in the blank, type the answer): the first letter and the length. What the
	// learner had typed stays in the field.
	hint: async (event) => {
		const user = requireUser(event.locals);
		const parsed = await parseForm(event.request, ReviewHint, [
			{ name: 'typed', max: MAX_TYPED_LENGTH }
		]);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const row = await ownCard(event.locals, parsed.data.card);
		const { form } = askedForm(row, await users.reviewFormOf(event.locals.db, user.id));
		if (form !== 'choice') await reviews.hint(event.locals.db, row.card, clock.now(event));
		return { hinted: row.card.id, values: parsed.values };
	},
	// A chosen answer: wrong → Again; right → Good, or Hard or Easy when the learner says so. A
	// typed one: Good, Hard after the hint, Again when refused ("I was right" overrules). Once per
	// due card; the ladder moves with it.
	rate: async (event) => {
		const user = requireUser(event.locals);
		const { db } = event.locals;
		const parsed = await parseForm(event.request, ReviewRate);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const row = await ownCard(event.locals, parsed.data.card);
		const preference = await users.reviewFormOf(db, user.id);
		const { form, supported } = askedForm(row, preference);
		const now = clock.now(event);
		// Judged by the answer given (stored by `answer`), never by one the form sends.
		const outcome = await reviews.judge(
			db,
			row,
			form,
			supported,
			preference,
			{ rating: parsed.data.rating ?? undefined, overrule: parsed.data.overrule === 'yes' },
			now
		);
		if (!outcome) redirect(303, reviewPath(event.url));
		await reviews.review(db, row.card, outcome, now);
		redirect(303, reviewPath(event.url, row.card.id));
	},
	// Review settings: the ladder, or one form for every card.
	settings: async (event) => {
		const user = requireUser(event.locals);
		const parsed = await parseForm(event.request, ReviewSettings);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		await users.setReviewForm(event.locals.db, user.id, parsed.data.form);
		redirect(303, reviewPath(event.url));
	}
} satisfies Actions;
