// Grade bands as readers see them ("Grade 9-10"), as the revised Dale-Chall formula's bands run.
// No dependencies: pages and the library's filter use them as well as level.ts.

/** "Grade 9-10" for the grade band a score falls in. */
export function gradeLabel([low, high]: [number, number]): string {
	if (high <= 4) return 'Grade 4 and below';
	if (low >= 16) return 'College graduate';
	if (low >= 13) return 'College';
	return `Grade ${low}-${high}`;
}

/** The two-grade band a grade is shown in ("Grade 9-10"), as Dale-Chall's bands run. */
export function bandOf(grade: number): [number, number] {
	if (grade < 5) return [0, 4];
	if (grade >= 16) return [16, Infinity];
	if (grade >= 13) return [13, 15];
	const low = Math.floor(grade) % 2 === 1 ? Math.floor(grade) : Math.floor(grade) - 1;
	return [low, low + 1];
}
