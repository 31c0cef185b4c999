import { describe, expect, it } from 'vitest';
import {
	linePoints,
	percent,
	skillMastery,
	streak,
	weakestSkill
} from '../../../src/lib/quiz/progress';
import { now } from '../../../src/lib/server/clock';
import { readConfig } from '../../../src/lib/server/config';

const at = (iso: string) => new Date(iso);

describe('streak', () => {
	it.each([
		{ days: [], now: '2026-03-10T12:00:00Z', want: 0 },
		{ days: ['2026-03-10T08:00:00Z'], now: '2026-03-10T12:00:00Z', want: 1 },
		// Today not yet practised: yesterday's streak still stands.
		{
			days: ['2026-03-08T23:00:00Z', '2026-03-09T01:00:00Z'],
			now: '2026-03-10T12:00:00Z',
			want: 2
		},
		// A whole day missed ends it.
		{
			days: ['2026-03-07T10:00:00Z', '2026-03-08T10:00:00Z'],
			now: '2026-03-10T12:00:00Z',
			want: 0
		},
		{
			days: [
				'2026-03-06T10:00:00Z',
				'2026-03-08T10:00:00Z',
				'2026-03-09T10:00:00Z',
				'2026-03-10T00:10:00Z'
			],
			now: '2026-03-10T12:00:00Z',
			want: 3
		}
	])('$days at $now → $want', ({ days, now, want }) => {
		expect(streak(days.map(at), at(now))).toBe(want);
	});
});

describe('linePoints', () => {
	const box = { width: 120, height: 120, pad: 10 };
	it('spreads points evenly, 100% at the top and 0% at the bottom', () => {
		const points = linePoints(
			[
				{ percent: 0, label: 'a' },
				{ percent: 50, label: 'b' },
				{ percent: 100, label: 'c' }
			],
			box
		);
		expect(points.map((p) => [p.x, p.y])).toEqual([
			[10, 110],
			[60, 60],
			[110, 10]
		]);
	});

	it('centres a single point', () => {
		expect(linePoints([{ percent: 80, label: 'x' }], box)[0]).toMatchObject({ x: 60, y: 30 });
	});

	it('rounds percentages and copes with nothing', () => {
		expect([percent(1, 3), percent(2, 3), percent(0, 0)]).toEqual([33, 67, 0]);
	});
});

describe('mastery per reading skill', () => {
	/** `n` answers of `kind` in attempt `attempt`, the first `right` of them right. */
	const answers = (attempt: string, kind: string, n: number, right: number) =>
		Array.from({ length: n }, (_, i) => ({ kind, correct: i < right, attemptId: attempt }));

	it('groups kinds by skill, in the skills’ order, leaving out skills never asked', () => {
		const mastery = skillMastery([
			...answers('a1', 'why', 2, 1),
			...answers('a1', 'gap', 3, 3),
			...answers('a1', 'when', 1, 0),
			...answers('a1', 'manual', 1, 1)
		]);
		expect(mastery.map((m) => [m.label, m.answered, m.correct, m.percent])).toEqual([
			['Key details', 5, 4, 80],
			['Cause and effect', 2, 1, 50]
		]);
	});

	it('compares the last three attempts that asked a skill with the ones before', () => {
		const mastery = skillMastery([
			...answers('a1', 'why', 2, 0),
			...answers('a2', 'gap', 4, 1),
			...answers('a3', 'why', 2, 1),
			...answers('a4', 'why', 2, 2),
			...answers('a5', 'why', 2, 2)
		]);
		const why = mastery.find((m) => m.skill === 'cause-effect');
		// a3, a4 and a5 asked why: 5 of 6; before them, a1: 0 of 2.
		expect(why).toMatchObject({ answered: 8, percent: 63 });
		expect(why?.recent).toEqual({ attempts: 3, percent: 83 });
		expect(why?.earlier).toEqual({ percent: 0 });
		// One attempt asked key details: no trend yet.
		const details = mastery.find((m) => m.skill === 'key-details');
		expect(details).toMatchObject({ recent: null, earlier: null, percent: 25 });
	});
});

describe('the weakest skill', () => {
	const mastery = (rows: [string, number, number][]) =>
		skillMastery(
			rows.flatMap(([kind, n, right], k) =>
				Array.from({ length: n }, (_, i) => ({ kind, correct: i < right, attemptId: `a${k}` }))
			)
		);

	it('is the lowest share right, the more answered first among equals', () => {
		expect(
			weakestSkill(
				mastery([
					['gap', 10, 9],
					['why', 4, 2]
				])
			)?.skill
		).toBe('cause-effect');
		expect(
			weakestSkill(
				mastery([
					['gap', 10, 5],
					['why', 4, 2]
				])
			)?.skill
		).toBe('key-details');
		expect(
			weakestSkill(
				mastery([
					['gap', 2, 1],
					['why', 4, 2]
				])
			)?.skill
		).toBe('cause-effect');
		expect(weakestSkill([])).toBeUndefined();
	});
});

describe('the test-only clock', () => {
	const cookies = (value?: string) => ({ get: () => value });
	const locals = (testClock?: boolean) =>
		({ config: { registration: 'open', importAllowHosts: [], testClock } }) as never;

	it('is off unless QUIZWRIGHT_TEST_CLOCK=1', () => {
		expect(readConfig({}).testClock).toBeUndefined();
		expect(readConfig({ QUIZWRIGHT_TEST_CLOCK: 'yes' }).testClock).toBeUndefined();
		expect(readConfig({ QUIZWRIGHT_TEST_CLOCK: '1' }).testClock).toBe(true);
	});

	it('ignores the cookie when off, and moves time forward by its days when on', () => {
		const before = Date.now();
		expect(now({ locals: locals(), cookies: cookies('3') }).getTime()).toBeLessThan(
			before + 60_000
		);
		const moved = now({ locals: locals(true), cookies: cookies('3') }).getTime() - before;
		expect(moved).toBeGreaterThanOrEqual(3 * 86_400_000);
		expect(moved).toBeLessThan(3 * 86_400_000 + 60_000);
		expect(now({ locals: locals(true), cookies: cookies('-5') }).getTime() - before).toBeLessThan(
			60_000
		);
	});
});
