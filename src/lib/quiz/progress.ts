// Progress figures from a learner's history: pure functions of plain data and an injected `now`.
import { SKILL_LABELS, SKILLS, skillOf, type Skill } from '$lib/generator/skills';

/** Days are counted in UTC, so a streak means the same on the server and in tests. */
export function dayKey(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The current streak: consecutive days with practice, ending today, or yesterday when today has
 * none yet (a streak is not lost until a whole day passes without practice).
 */
export function streak(practised: readonly Date[], now: Date): number {
	const days = new Set(practised.map(dayKey));
	const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	if (!days.has(dayKey(day))) day.setUTCDate(day.getUTCDate() - 1);
	let count = 0;
	while (days.has(dayKey(day))) {
		count++;
		day.setUTCDate(day.getUTCDate() - 1);
	}
	return count;
}

export interface ChartPoint {
	x: number;
	y: number;
	/** What a screen reader and the tooltip say about the point. */
	label: string;
}

export interface ChartBox {
	width: number;
	height: number;
	pad: number;
}

/**
 * Places percentages (0–100) left to right in equal steps, 100 at the top: the points of the
 * "score over time" line. Equal steps, not dates, so a busy day does not pile its points up.
 */
export function linePoints(
	values: readonly { percent: number; label: string }[],
	box: ChartBox
): ChartPoint[] {
	const inner = { w: box.width - 2 * box.pad, h: box.height - 2 * box.pad };
	const step = values.length > 1 ? inner.w / (values.length - 1) : 0;
	return values.map((v, i) => ({
		x: box.pad + (values.length > 1 ? i * step : inner.w / 2),
		y: box.pad + (inner.h * (100 - Math.min(100, Math.max(0, v.percent)))) / 100,
		label: v.label
	}));
}

/** Percentage of `part` in `whole`, rounded; 0 when there is nothing. */
export function percent(part: number, whole: number): number {
	return whole > 0 ? Math.round((100 * part) / whole) : 0;
}

/** One answer as skill mastery counts it: the question's kind, right or not, and its attempt. */
export interface SkillAnswer {
	kind: string;
	correct: boolean;
	attemptId: string;
}

/** How well a learner does at one reading skill, and whether it is moving. */
export interface SkillMastery {
	skill: Skill;
	label: string;
	answered: number;
	correct: number;
	percent: number;
	/** The share right in the learner's last `recent` attempts with this skill, and before them. */
	recent: { attempts: number; percent: number } | null;
	earlier: { percent: number } | null;
}

/**
 * Mastery per skill from the learner's answers, oldest first: the share right, and the share in the
 * last `recent` attempts that asked the skill against the attempts before them (the trend). Skills
 * never asked are left out; the order is SKILLS'.
 */
export function skillMastery(answers: readonly SkillAnswer[], recent = 3): SkillMastery[] {
	const bySkill = new Map<Skill, SkillAnswer[]>();
	for (const answer of answers) {
		const skill = skillOf(answer.kind);
		bySkill.set(skill, [...(bySkill.get(skill) ?? []), answer]);
	}
	return SKILLS.flatMap((skill) => {
		const list = bySkill.get(skill);
		if (!list) return [];
		const share = (rows: readonly SkillAnswer[]) =>
			percent(rows.filter((a) => a.correct).length, rows.length);
		const attemptsAsked = [...new Set(list.map((a) => a.attemptId))];
		const last = new Set(attemptsAsked.slice(-recent));
		const inLast = list.filter((a) => last.has(a.attemptId));
		const before = list.filter((a) => !last.has(a.attemptId));
		const correct = list.filter((a) => a.correct).length;
		return [
			{
				skill,
				label: SKILL_LABELS[skill],
				answered: list.length,
				correct,
				percent: percent(correct, list.length),
				recent: before.length > 0 ? { attempts: last.size, percent: share(inLast) } : null,
				earlier: before.length > 0 ? { percent: share(before) } : null
			}
		];
	});
}

/**
 * The skill to practise: the lowest share right, the more answered first among equals (more
 * evidence), then the skills' order. Undefined before any answer.
 */
export function weakestSkill(mastery: readonly SkillMastery[]): SkillMastery | undefined {
	return [...mastery].sort((a, b) => a.percent - b.percent || b.answered - a.answered)[0];
}
