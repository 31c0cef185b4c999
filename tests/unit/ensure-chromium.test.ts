import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
	DEBIAN_CHROMIUM,
	ensureChromium,
	findChromium,
	run,
	unreachable,
	type Probes
} from '../../src/cli/ensure-chromium.js';

// How `npm run test:e2e` gets a Chromium (src/cli/ensure-chromium.js), on machines posed by
// injected probes: nothing is installed or removed on this one.

const OWN = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';

interface Machine {
	env?: Record<string, string>;
	/** Files that exist before anything is installed. */
	files?: string[];
	/** Why Playwright's download cannot be reached; reachable when unset. */
	unreachable?: string;
	root?: boolean;
	apt?: boolean;
	/** What each install really does: the files it adds, or false when it fails. */
	playwrightInstalls?: string[] | false;
	aptInstalls?: string[] | false;
	/** Why Playwright's Chromium cannot start once installed; it starts when unset. */
	launchFails?: string;
	/** Playwright has no Chromium for this platform. */
	noPlaywrightBuild?: boolean;
}

/** Probes for `machine`, and a record of what ensureChromium did on it. */
function pose(machine: Machine) {
	const files = new Set(machine.files ?? []);
	const did: string[] = [];
	const lines: string[] = [];
	const probes: Probes = {
		env: machine.env ?? {},
		exists: (path) => files.has(path),
		playwrightChromium: () => (machine.noPlaywrightBuild ? null : OWN),
		playwrightUnreachable: () => {
			did.push('probe download');
			return Promise.resolve(machine.unreachable ?? null);
		},
		rootWithApt: () => (machine.root ?? false) && (machine.apt ?? false),
		hasApt: () => machine.apt ?? false,
		playwrightInstall: (withDeps) => {
			did.push(withDeps ? 'playwright install --with-deps' : 'playwright install');
			const added = machine.playwrightInstalls ?? false;
			if (added) added.forEach((file) => files.add(file));
			return Promise.resolve(added !== false);
		},
		playwrightLaunch: () => {
			did.push('launch');
			return Promise.resolve(machine.launchFails ?? null);
		},
		aptInstall: () => {
			did.push('apt-get');
			const added = machine.aptInstalls ?? false;
			if (added) added.forEach((file) => files.add(file));
			return Promise.resolve(added !== false);
		},
		log: (line) => lines.push(line)
	};
	return { probes, did, lines };
}

describe('which Chromium the browser tests use', () => {
	it.each([
		[{ env: { CHROMIUM_PATH: '/opt/c' }, files: ['/opt/c', DEBIAN_CHROMIUM, OWN] }, '/opt/c'],
		[{ files: [DEBIAN_CHROMIUM, OWN] }, DEBIAN_CHROMIUM],
		[{ files: [OWN] }, OWN],
		[{ files: [] }, null],
		// A CHROMIUM_PATH that is not there is not quietly replaced by another browser.
		[{ env: { CHROMIUM_PATH: '/opt/c' }, files: [DEBIAN_CHROMIUM, OWN] }, null],
		[{ files: [OWN], noPlaywrightBuild: true }, null]
	] satisfies [Machine, string | null][])('%j: %s', (machine, expected) => {
		expect(findChromium(pose(machine).probes)?.path ?? null).toBe(expected);
	});
});

describe('getting a Chromium before the browser tests', () => {
	it('installs nothing when one is there', async () => {
		const { probes, did, lines } = pose({ files: [DEBIAN_CHROMIUM], root: true, apt: true });
		expect(await ensureChromium(probes)).toEqual({
			ok: true,
			chromium: { path: DEBIAN_CHROMIUM, source: 'debian' }
		});
		expect(did).toEqual([]);
		expect(lines).toEqual([
			"Browser tests: using Chromium at /usr/bin/chromium (Debian's package)."
		]);
	});

	it("uses Playwright's own download where it is reachable", async () => {
		const { probes, did, lines } = pose({ playwrightInstalls: [OWN] });
		expect(await ensureChromium(probes)).toEqual({
			ok: true,
			chromium: { path: OWN, source: 'playwright' }
		});
		expect(did).toEqual(['probe download', 'playwright install', 'launch']);
		expect(lines).toContain(
			"Browser tests: getting Playwright's Chromium: npx playwright install chromium"
		);
		expect(lines.at(-1)).toBe(`Browser tests: using Chromium at ${OWN} (Playwright's own).`);
	});

	it('installs its system libraries too when it runs as root with apt-get', async () => {
		const { probes, did } = pose({ root: true, apt: true, playwrightInstalls: [OWN] });
		expect((await ensureChromium(probes)).ok).toBe(true);
		expect(did).toEqual(['probe download', 'playwright install --with-deps', 'launch']);
	});

	it("falls back to Debian's package as root when the download is unreachable", async () => {
		const { probes, did, lines } = pose({
			unreachable: 'https://cdn.playwright.dev: ENOTFOUND',
			root: true,
			apt: true,
			aptInstalls: [DEBIAN_CHROMIUM]
		});
		expect(await ensureChromium(probes)).toEqual({
			ok: true,
			chromium: { path: DEBIAN_CHROMIUM, source: 'debian' }
		});
		// Unreachable: no install is even tried, so nothing waits on a download that cannot come.
		expect(did).toEqual(['probe download', 'apt-get']);
		expect(lines).toEqual([
			"Browser tests: no Chromium found (CHROMIUM_PATH is unset, no /usr/bin/chromium, none in Playwright's browser cache).",
			"Browser tests: Playwright's browser download is not reachable (https://cdn.playwright.dev: ENOTFOUND).",
			"Browser tests: installing Debian's Chromium: apt-get update && apt-get install -y chromium",
			"Browser tests: using Chromium at /usr/bin/chromium (Debian's package)."
		]);
	});

	it("falls back to Debian's package when Playwright's install fails or its Chromium cannot start", async () => {
		const failed = pose({ root: true, apt: true, aptInstalls: [DEBIAN_CHROMIUM] });
		expect((await ensureChromium(failed.probes)).ok).toBe(true);
		expect(failed.did).toEqual(['probe download', 'playwright install --with-deps', 'apt-get']);

		const broken = pose({
			root: true,
			apt: true,
			playwrightInstalls: [OWN],
			launchFails: 'libnss3.so: cannot open shared object file',
			aptInstalls: [DEBIAN_CHROMIUM]
		});
		expect(await ensureChromium(broken.probes)).toEqual({
			ok: true,
			chromium: { path: DEBIAN_CHROMIUM, source: 'debian' }
		});
		expect(broken.lines).toContain(
			'Browser tests: npx playwright install --with-deps chromium did not give a working Chromium (libnss3.so: cannot open shared object file).'
		);
	});

	it('stops with one line saying what to install when it cannot install one', async () => {
		const notRoot = pose({ unreachable: 'no answer in 5 s', apt: true });
		expect(await ensureChromium(notRoot.probes)).toEqual({
			ok: false,
			message:
				"Browser tests: no Chromium. Install one (sudo apt-get install chromium, or `npx playwright install --with-deps chromium` where Playwright's download is reachable), or set CHROMIUM_PATH to a Chromium, then run the tests again."
		});
		expect(notRoot.did).toEqual(['probe download']);

		const noApt = pose({ unreachable: 'ENOTFOUND' });
		const result = await ensureChromium(noApt.probes);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain(
			'Install one (the chromium package of your system'
		);

		const aptFails = pose({ unreachable: 'ENOTFOUND', root: true, apt: true });
		const failed = await ensureChromium(aptFails.probes);
		expect(!failed.ok && failed.message).toContain('Install one (apt-get install chromium, or');
		expect(aptFails.lines).toContain('Browser tests: apt-get did not install chromium.');
	});

	it('stops at a CHROMIUM_PATH that does not exist, installing nothing', async () => {
		const { probes, did } = pose({
			env: { CHROMIUM_PATH: '/opt/gone' },
			root: true,
			apt: true,
			aptInstalls: [DEBIAN_CHROMIUM]
		});
		expect(await ensureChromium(probes)).toEqual({
			ok: false,
			message:
				"Browser tests: CHROMIUM_PATH=/opt/gone does not exist. Point it at a Chromium, or unset it to use /usr/bin/chromium or Playwright's own."
		});
		expect(did).toEqual([]);
	});
});

describe('running an install', () => {
	it('stops a command that outlives its time, so a stalled download cannot hang the run', async () => {
		const lines: string[] = [];
		const started = Date.now();
		const ok = await run(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
			timeoutMs: 300,
			log: (line) => lines.push(line)
		});
		expect(ok).toBe(false);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(lines[0]).toMatch(/took over 0\.3 s: stopped\.$/);
	});

	it('reports success, failure and a command that does not exist', async () => {
		const log = () => {};
		expect(await run(process.execPath, ['-e', ''], { timeoutMs: 10_000, log })).toBe(true);
		expect(await run(process.execPath, ['-e', 'process.exit(3)'], { timeoutMs: 10_000, log })).toBe(
			false
		);
		const lines: string[] = [];
		expect(
			await run('/nonexistent/apt-get', [], { timeoutMs: 10_000, log: (line) => lines.push(line) })
		).toBe(false);
		expect(lines[0]).toMatch(/^Browser tests: cannot run \/nonexistent\/apt-get: /);
	});
});

describe("whether Playwright's download host answers", () => {
	it('is reachable when anything answers, and says why not otherwise', async () => {
		const answering = createServer((_req, res) => res.writeHead(404).end());
		const silent = createServer(() => {});
		const urls = await Promise.all(
			[answering, silent].map(
				(server) =>
					new Promise<string>((done) =>
						server.listen(0, '127.0.0.1', () => {
							const address = server.address();
							done(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
						})
					)
			)
		);
		try {
			expect(await unreachable(urls[0] ?? '', 2000)).toBeNull();
			expect(await unreachable(urls[1] ?? '', 300)).toBe(`${urls[1]}: no answer in 0.3 s`);
			answering.close();
			await new Promise((wait) => setTimeout(wait, 50));
			expect(await unreachable(urls[0] ?? '', 2000)).toBe(`${urls[0]}: ECONNREFUSED`);
		} finally {
			answering.close();
			silent.closeAllConnections();
			silent.close();
		}
	});
});
