import { isSkill } from '$lib/generator/skills';
import * as attempts from '$lib/server/attempts';
import * as clock from '$lib/server/clock';
import * as missed from '$lib/server/missed';
import { requireUser } from '$lib/server/auth/guards';
import { parseForm } from '$lib/server/forms';
import { Practise } from '$lib/server/quiz-forms';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

// Every question the learner got wrong and has not got right since, newest first; `?article=ID`
// and `?skill=SKILL` narrow the list to one article or one reading skill.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals);
	const all = await missed.list(locals.db, user.id);
	const articles = missed.articlesOf(all);
	const skills = missed.skillsOf(all);
	const articleParam = url.searchParams.get('article') ?? '';
	const skillParam = url.searchParams.get('skill');
	const article = articles.find((a) => a.id === articleParam) ?? null;
	const skill = isSkill(skillParam) ? (skills.find((s) => s.skill === skillParam) ?? null) : null;
	return {
		articles,
		skills,
		article: article ? { id: article.id, title: article.title } : null,
		skill: skill ? { skill: skill.skill, label: skill.label } : null,
		total: all.length,
		missed: all.filter(
			(m) => (!article || m.articleId === article.id) && (!skill || m.skill === skill.skill)
		)
	};
};

export const actions = {
	// A new attempt on the listed questions (the filtered ones when an article or skill is chosen).
	practise: async ({ locals, request, cookies }) => {
		const user = requireUser(locals);
		const parsed = await parseForm(request, Practise);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const list = await missed.list(locals.db, user.id, {
			articleId: parsed.data.article || undefined,
			skill: parsed.data.skill || undefined
		});
		const id = await attempts.practise(
			locals.db,
			user.id,
			list.map((m) => m.itemId),
			clock.now({ locals, cookies })
		);
		redirect(303, id ? `/quiz/${id}` : '/missed');
	}
} satisfies Actions;
