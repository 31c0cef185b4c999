// Issue 18, classes: a teacher makes a class, learners join with its code (typed any way), the
// teacher switches joining off or hands out a new code, removes a member; a learner leaves. Each
// page and action refuses whoever may not use it, and changes nothing then.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../src/lib/classes/join-code';
import * as classes from '../../src/lib/server/classes';
import { classes as classRows, classMembers } from '../../src/lib/server/db/schema';
import * as users from '../../src/lib/server/users';
import * as classPage from '../../src/routes/classes/[classId]/+page.server';
import * as classesPage from '../../src/routes/classes/+page.server';
import { event, outcome } from './request';
import { createTempDb, type TempDb } from './temp-db';
import type { PublicUser } from '../../src/lib/server/users';
import type { Role } from '../../src/lib/server/db/schema';

let temp: TempDb;
let teacher: PublicUser;
let otherTeacher: PublicUser;
let ana: PublicUser;
let ben: PublicUser;

async function makeUser(username: string, role: Role): Promise<PublicUser> {
	const result = await users.create(temp.db, { username, passwordHash: 'x', role });
	if (!result.created) throw new Error('user not created');
	return result.user;
}

beforeEach(async () => {
	temp = await createTempDb();
	teacher = await makeUser('ms.rivera', 'author');
	otherTeacher = await makeUser('mr.okafor', 'admin');
	ana = await makeUser('ana', 'learner');
	ben = await makeUser('ben', 'learner');
});
afterEach(() => temp.cleanup());

/** Makes a class through the page's action, as the teacher would; returns its id. */
async function createClass(name = 'Year 9 English', user = teacher): Promise<string> {
	const result = await outcome(() =>
		classesPage.actions.create(event({ db: temp.db, user, form: { name } }))
	);
	expect(result).toMatchObject({ kind: 'redirect', status: 303 });
	return (result as { location: string }).location.split('/')[2]!;
}

const join = (user: PublicUser, code: string) =>
	outcome(() => classesPage.actions.join(event({ db: temp.db, user, form: { code } })));
const codeOf = async (id: string) => (await classes.read(temp.db, id))!.joinCode;
const classView = (user: PublicUser | null, classId: string, url = 'http://localhost/') =>
	outcome(() => classPage.load(event({ db: temp.db, user, params: { classId }, url })));

describe('the class lifecycle', () => {
	it('a teacher creates a class with a code; learners join with it however they type it, then one leaves and one is removed', async () => {
		const id = await createClass('  Year 9 English  ');
		const created = (await classes.read(temp.db, id))!;
		expect(created).toMatchObject({
			name: 'Year 9 English',
			teacherId: teacher.id,
			joinOpen: true
		});
		expect(created.joinCode).toHaveLength(JOIN_CODE_LENGTH);
		for (const char of created.joinCode) expect(JOIN_CODE_ALPHABET).toContain(char);

		// Lower case, with a dash and spaces: the same code.
		const typed = ` ${created.joinCode.slice(0, 3).toLowerCase()}-${created.joinCode.slice(3)} `;
		expect(await join(ana, typed)).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/classes/${id}?joined`
		});
		expect(await join(ben, created.joinCode)).toMatchObject({ kind: 'redirect' });
		// Joining again changes nothing and says so.
		expect(await join(ana, created.joinCode)).toEqual({
			kind: 'redirect',
			status: 303,
			location: `/classes/${id}?already`
		});

		const asTeacher = (await classView(teacher, id)) as {
			data: { role: string; members: { username: string }[] };
		};
		expect(asTeacher.data.role).toBe('teacher');
		expect(asTeacher.data.members.map((m) => m.username)).toEqual(['ana', 'ben']);
		const asAna = (await classView(ana, id, `http://localhost/classes/${id}?joined`)) as {
			data: Record<string, unknown>;
		};
		expect(asAna.data).toMatchObject({ role: 'member', teacher: 'ms.rivera', joinedNow: true });
		// A member sees neither the code nor the other members.
		expect(JSON.stringify(asAna.data)).not.toContain(created.joinCode);
		expect(asAna.data).not.toHaveProperty('members');

		const lists = (await outcome(() =>
			classesPage.load(event({ db: temp.db, user: teacher }))
		)) as { data: { teaching: { name: string; members: number }[] } };
		expect(lists.data.teaching).toMatchObject([{ name: 'Year 9 English', members: 2 }]);
		const anasList = (await outcome(() => classesPage.load(event({ db: temp.db, user: ana })))) as {
			data: { teaching: null; joined: { name: string; teacher: string }[] };
		};
		expect(anasList.data).toMatchObject({
			teaching: null,
			joined: [{ name: 'Year 9 English', teacher: 'ms.rivera' }]
		});

		// Ana leaves; the teacher removes Ben.
		expect(
			await outcome(() =>
				classPage.actions.leave(event({ db: temp.db, user: ana, params: { classId: id } }))
			)
		).toEqual({ kind: 'redirect', status: 303, location: '/classes?left' });
		expect(
			await outcome(() =>
				classPage.actions.remove(
					event({ db: temp.db, user: teacher, params: { classId: id }, form: { user: ben.id } })
				)
			)
		).toMatchObject({ kind: 'data', data: { done: 'Learner removed from the class.' } });
		expect(await classes.members(temp.db, id)).toEqual([]);
		// Gone from the class, Ana's page of it is a 404 like anyone's.
		expect(await classView(ana, id)).toMatchObject({ kind: 'error', status: 404 });
		// Removing someone not in it says so.
		expect(
			await outcome(() =>
				classPage.actions.remove(
					event({ db: temp.db, user: teacher, params: { classId: id }, form: { user: ben.id } })
				)
			)
		).toMatchObject({
			kind: 'fail',
			status: 400,
			data: { errors: { user: expect.any(String) as unknown } }
		});
	});

	it('join codes: unknown, mistyped, switched off, renewed, the teacher’s own class', async () => {
		const id = await createClass();
		const code = await codeOf(id);
		const refused = async (user: PublicUser, typed: string) => {
			const result = (await join(user, typed)) as {
				kind: string;
				data: { errors: { code: string }; values: { code: string } };
			};
			expect(result.kind).toBe('fail');
			// What was typed stays in the field.
			expect(result.data.values.code).toBe(typed);
			return result.data.errors.code;
		};
		const unknown = code === 'ACDEFG' ? 'ACDEFH' : 'ACDEFG';
		expect(await refused(ana, unknown)).toBe(
			'No class has this join code. Check it with your teacher.'
		);
		expect(await refused(ana, '')).toBe('Enter the join code your teacher gave you.');
		expect(await refused(ana, 'ACD')).toBe('A join code has 6 letters and digits; this one has 3.');
		expect(await refused(ana, 'ACDEF0')).toMatch(/never hold “0”, which is easy to misread/);
		expect(await refused(ana, 'ACDEF!')).toBe('Join codes hold only letters and digits, not “!”.');
		expect(await refused(teacher, code)).toMatch(/You teach this class/);

		// Switched off: the code is kept but lets no one in; switched on, it works again.
		await outcome(() =>
			classPage.actions.joining(
				event({ db: temp.db, user: teacher, params: { classId: id }, form: { open: 'no' } })
			)
		);
		expect(await refused(ana, code)).toMatch(/switched joining off/);
		expect(await codeOf(id)).toBe(code);
		await outcome(() =>
			classPage.actions.joining(
				event({ db: temp.db, user: teacher, params: { classId: id }, form: { open: 'yes' } })
			)
		);
		expect(await join(ana, code)).toMatchObject({ kind: 'redirect' });

		// A new code: the old one stops working at once; a member stays a member.
		await outcome(() =>
			classPage.actions.code(event({ db: temp.db, user: teacher, params: { classId: id } }))
		);
		const renewed = await codeOf(id);
		expect(renewed).not.toBe(code);
		expect(await refused(ben, code)).toMatch(/No class has this join code/);
		expect(await join(ben, renewed)).toMatchObject({ kind: 'redirect' });
		expect((await classes.members(temp.db, id)).map((m) => m.username)).toEqual(['ana', 'ben']);
	});

	it('gives every class its own code, even when a drawn code is taken', async () => {
		const ids = [];
		for (let i = 0; i < 40; i++)
			ids.push(
				await classes.create(temp.db, {
					teacherId: teacher.id,
					name: `Class ${i}`,
					now: new Date()
				})
			);
		const codes = new Set((await temp.db.select().from(classRows)).map((row) => row.joinCode));
		expect(codes.size).toBe(40);
		// The unique index, not luck, keeps codes apart: a second class with the same code is refused.
		await expect(
			temp.db.insert(classRows).values({
				id: 'x'.repeat(16),
				name: 'Copy',
				teacherId: teacher.id,
				joinCode: [...codes][0]!,
				createdAt: new Date()
			})
		).rejects.toThrow();
	});

	it('refuses a class name that is empty, too long or holds a control character, keeping the text', async () => {
		for (const [name, message] of [
			['   ', 'Give the class a name.'],
			['x'.repeat(81), 'Use at most 80 characters.'],
			['Year\u00079', /character/]
		] as const) {
			const result = await outcome(() =>
				classesPage.actions.create(event({ db: temp.db, user: teacher, form: { name } }))
			);
			expect(result).toMatchObject({ kind: 'fail', status: 400 });
			const data = (result as { data: { errors: { name: string }; values: { name: string } } })
				.data;
			if (typeof message === 'string') expect(data.errors.name).toBe(message);
			else expect(data.errors.name).toMatch(message);
		}
		expect(await temp.db.select().from(classRows)).toEqual([]);
	});
});

describe('who may do what with a class', () => {
	it('lets only authors and admins create classes; a signed-out visitor goes to sign in', async () => {
		expect(
			await outcome(() =>
				classesPage.actions.create(event({ db: temp.db, user: ana, form: { name: 'Mine' } }))
			)
		).toMatchObject({ kind: 'error', status: 403 });
		expect(
			await outcome(() =>
				classesPage.actions.create(event({ db: temp.db, form: { name: 'Mine' } }))
			)
		).toMatchObject({ kind: 'redirect', location: '/signin' });
		expect(await outcome(() => classesPage.load(event({ db: temp.db })))).toMatchObject({
			kind: 'redirect',
			location: '/signin'
		});
		await createClass('Admins teach too', otherTeacher);
		expect(await temp.db.select().from(classRows)).toHaveLength(1);
	});

	it('answers 404 to anyone but the teacher for the teacher’s actions, and to non-members for the class', async () => {
		const id = await createClass();
		const code = await codeOf(id);
		await join(ana, code);
		const params = { classId: id };
		const forms = {
			code: {},
			joining: { open: 'no' },
			rename: { name: 'Taken over' },
			remove: { user: ana.id }
		} as const;
		// Ana is a member, Mr Okafor an admin teaching other classes: neither is this class's teacher.
		for (const user of [ana, ben, otherTeacher])
			for (const [name, form] of Object.entries(forms))
				expect(
					await outcome(() =>
						classPage.actions[name as keyof typeof forms](
							event({ db: temp.db, user, params, form })
						)
					)
				).toMatchObject({ kind: 'error', status: 404 });
		expect(await classView(ben, id)).toMatchObject({ kind: 'error', status: 404 });
		expect(await classView(otherTeacher, id)).toMatchObject({ kind: 'error', status: 404 });
		expect(await classView(null, id)).toMatchObject({ kind: 'redirect', location: '/signin' });
		expect(await classView(ana, 'zzzzzzzzzzzzzzzz')).toMatchObject({ kind: 'error', status: 404 });
		// Ben cannot "leave" a class he is not in.
		expect(
			await outcome(() => classPage.actions.leave(event({ db: temp.db, user: ben, params })))
		).toMatchObject({ kind: 'error', status: 404 });
		// Nothing changed.
		expect(await classes.read(temp.db, id)).toMatchObject({
			name: 'Year 9 English',
			joinCode: code,
			joinOpen: true
		});
		expect(await temp.db.select().from(classMembers)).toHaveLength(1);
	});
});
