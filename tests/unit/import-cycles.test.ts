import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_LIGHT } from '../../eslint.config.js';

// No two modules of src/ import each other, even for a type: a cycle is a row type or a shared
// helper living in the wrong module (row types live in src/lib/server/db/types.ts). Only static
// imports count: an `import()` is loaded when it runs, which is how the server reaches the generator.

const SOURCE = /\.(ts|js|svelte)$/;
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The file an import names, when it is one of ours ("$lib/…" or relative). */
function resolveImport(from: string, spec: string): string | undefined {
	const base = spec.startsWith('$lib/')
		? join('src/lib', spec.slice('$lib/'.length))
		: spec.startsWith('.')
			? normalize(join(dirname(from), spec))
			: undefined;
	if (!base) return undefined;
	const stem = base.replace(/\.js$/, '');
	return [base, `${stem}.ts`, `${base}.ts`, `${base}.js`, join(base, 'index.ts')].find(
		(path) => existsSync(path) && SOURCE.test(path)
	);
}

/** The import graph of the files: each file's imports that are files of ours. */
export function importGraph(files: string[]): Map<string, string[]> {
	return new Map(
		files.map((file) => [
			file,
			[...readFileSync(file, 'utf8').matchAll(IMPORT)]
				.map((match) => resolveImport(file, match[1]!))
				.filter((target): target is string => !!target && target !== file)
		])
	);
}

/** Every cycle's files (Tarjan's strongly connected components of more than one file). */
export function importCycles(graph: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const cycles: string[][] = [];
	const visit = (file: string) => {
		index.set(file, index.size);
		low.set(file, index.get(file)!);
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(file, Math.min(low.get(file)!, low.get(next)!));
			} else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
		}
		if (low.get(file) !== index.get(file)) return;
		const component: string[] = [];
		for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
			component.push(top);
			if (top === file) break;
		}
		if (component.length > 1) cycles.push(component.sort());
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return cycles;
}

/** Packages a file imports at run time (not `import type`). */
function packagesOf(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(IMPORT)]
		.filter((match) => !/^\s*(import|export)\s+type\b/.test(match[0]))
		.map((match) => match[1]!)
		.filter((spec) => !spec.startsWith('.') && !spec.startsWith('$'));
}

/** Every file `start` reaches by static imports, itself included. */
function reachable(graph: Map<string, string[]>, start: string): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const next of graph.get(file) ?? []) visit(next);
	};
	visit(start);
	return seen;
}

describe('imports', () => {
	it('of the generator modules the server loads eagerly reach no NLP library', () => {
		const graph = importGraph(sourceFiles('src'));
		for (const name of SERVER_LIGHT) {
			const files = [...reachable(graph, `src/lib/generator/${name}.ts`)];
			expect(files.length, name).toBeGreaterThan(0);
			const packages = files.flatMap(packagesOf);
			expect(
				packages.filter((p) => /compromise|wink|nlp/.test(p)),
				name
			).toEqual([]);
			expect(
				files.filter((f) => /generator\/(stages\/2-parse|index)\.ts$/.test(f)),
				name
			).toEqual([]);
		}
		// The walk sees the library where it is: the parse stage loads compromise.
		expect(packagesOf('src/lib/generator/stages/2-parse.ts').join(' ')).toMatch(/compromise/);
	});

	it('form no cycle anywhere in src/', () => {
		expect(importCycles(importGraph(sourceFiles('src')))).toEqual([]);
	});

	it('the check finds a cycle of two files, and one of three', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['a']],
			['c', ['d']],
			['d', ['e']],
			['e', ['c']],
			['f', ['a']]
		]);
		expect(importCycles(graph)).toEqual([
			['a', 'b'],
			['c', 'd', 'e']
		]);
	});
});
