// `npm run test:e2e` runs this first: the browser tests need a Chromium. It uses the first one found
// (CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download), and on a machine with none
// it gets one: Playwright's own download where that is reachable, otherwise Debian's package when
// running as root with apt-get; otherwise it stops with one line saying what to install. It prints
// what it does. playwright.config.ts drives whichever `findChromium` finds.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium package puts its browser here. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** Where Playwright downloads its browsers from, unless PLAYWRIGHT_DOWNLOAD_HOST says otherwise. */
const PLAYWRIGHT_HOST = 'https://cdn.playwright.dev';

/**
 * @typedef {{ path: string, source: 'CHROMIUM_PATH' | 'debian' | 'playwright' }} Chromium
 *   A Chromium the browser tests can drive. For `playwright`, Playwright finds it itself: the
 *   config then gives no executablePath.
 */

/**
 * What the decision looks at and what it can do, injected so tests can pose any machine.
 * @typedef {object} Probes
 * @property {Record<string, string | undefined>} env
 * @property {(path: string) => boolean} exists
 * @property {() => string | null} playwrightChromium where Playwright's own Chromium is (or would
 *   be) installed, or null when Playwright has none for this platform
 * @property {() => Promise<string | null>} playwrightUnreachable null when Playwright's download
 *   host answers, else why not
 * @property {() => boolean} rootWithApt whether apt-get can install packages (root, apt-get present)
 * @property {() => boolean} hasApt whether apt-get is present at all
 * @property {(withDeps: boolean) => Promise<boolean>} playwrightInstall runs
 *   `playwright install [--with-deps] chromium`; true when it succeeded
 * @property {() => Promise<string | null>} playwrightLaunch starts and closes Playwright's own
 *   Chromium: null when it works, else why not
 * @property {() => Promise<boolean>} aptInstall runs `apt-get update && apt-get install -y chromium`
 * @property {(line: string) => void} log
 */

/**
 * The Chromium the browser tests use: CHROMIUM_PATH, else Debian's, else Playwright's own.
 * @param {Pick<Probes, 'env' | 'exists' | 'playwrightChromium'>} probes
 * @returns {Chromium | null}
 */
export function findChromium({ env, exists, playwrightChromium }) {
	if (env.CHROMIUM_PATH) {
		return exists(env.CHROMIUM_PATH) ? { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' } : null;
	}
	if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'debian' };
	const own = playwrightChromium();
	if (own && exists(own)) return { path: own, source: 'playwright' };
	return null;
}

/** @param {Chromium} chromium */
function describe(chromium) {
	const from = {
		CHROMIUM_PATH: 'CHROMIUM_PATH',
		debian: "Debian's package",
		playwright: "Playwright's own"
	}[chromium.source];
	return `${chromium.path} (${from})`;
}

/**
 * Finds a Chromium, or installs one; the `message` of a failure is the one line to print.
 * @param {Probes} probes
 * @returns {Promise<{ ok: true, chromium: Chromium } | { ok: false, message: string }>}
 */
export async function ensureChromium(probes) {
	const { env, log } = probes;
	const found = findChromium(probes);
	if (found) {
		log(`Browser tests: using Chromium at ${describe(found)}.`);
		return { ok: true, chromium: found };
	}
	if (env.CHROMIUM_PATH) {
		return {
			ok: false,
			message: `Browser tests: CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist. Point it at a Chromium, or unset it to use ${DEBIAN_CHROMIUM} or Playwright's own.`
		};
	}
	log(
		`Browser tests: no Chromium found (CHROMIUM_PATH is unset, no ${DEBIAN_CHROMIUM}, none in Playwright's browser cache).`
	);
	const asRoot = probes.rootWithApt();

	if (probes.playwrightChromium()) {
		const unreachable = await probes.playwrightUnreachable();
		if (unreachable) {
			log(`Browser tests: Playwright's browser download is not reachable (${unreachable}).`);
		} else {
			// As root, --with-deps also installs the system libraries Chromium needs (through apt).
			const command = `npx playwright install ${asRoot ? '--with-deps ' : ''}chromium`;
			log(`Browser tests: getting Playwright's Chromium: ${command}`);
			const installed = await probes.playwrightInstall(asRoot);
			const chromium = installed ? findChromium(probes) : null;
			const broken = chromium ? await probes.playwrightLaunch() : null;
			if (chromium && !broken) {
				log(`Browser tests: using Chromium at ${describe(chromium)}.`);
				return { ok: true, chromium };
			}
			log(
				`Browser tests: ${command} did not give a working Chromium${broken ? ` (${broken})` : ''}.`
			);
		}
	}

	if (asRoot) {
		log(
			"Browser tests: installing Debian's Chromium: apt-get update && apt-get install -y chromium"
		);
		const installed = await probes.aptInstall();
		const chromium = installed ? findChromium(probes) : null;
		if (chromium) {
			log(`Browser tests: using Chromium at ${describe(chromium)}.`);
			return { ok: true, chromium };
		}
		log('Browser tests: apt-get did not install chromium.');
	}

	const install = probes.hasApt()
		? `${asRoot ? '' : 'sudo '}apt-get install chromium`
		: 'the chromium package of your system';
	return {
		ok: false,
		message: `Browser tests: no Chromium. Install one (${install}, or \`npx playwright install --with-deps chromium\` where Playwright's download is reachable), or set CHROMIUM_PATH to a Chromium, then run the tests again.`
	};
}

/**
 * Runs a command with its output shown; false when it fails, cannot start, or outlives `timeoutMs`
 * (then it is killed, so a stalled download can never hang the test run).
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs: number, env?: NodeJS.ProcessEnv, log: (line: string) => void }} options
 * @returns {Promise<boolean>}
 */
export function run(command, args, { timeoutMs, env, log }) {
	return new Promise((done) => {
		const child = spawn(command, args, { stdio: 'inherit', env: env ?? process.env });
		const timer = setTimeout(() => {
			log(`Browser tests: ${command} ${args.join(' ')} took over ${timeoutMs / 1000} s: stopped.`);
			child.kill('SIGKILL');
		}, timeoutMs);
		child.once('error', (error) => {
			clearTimeout(timer);
			log(`Browser tests: cannot run ${command}: ${error.message}`);
			done(false);
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			done(code === 0);
		});
	});
}

/**
 * Whether `url` answers within `timeoutMs`: null when it does (any HTTP status), else why not.
 * @param {string} url
 * @param {number} timeoutMs
 * @returns {Promise<string | null>}
 */
export async function unreachable(url, timeoutMs) {
	try {
		await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
		return null;
	} catch (error) {
		const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code;
		const name = error instanceof Error ? error.name : '';
		return `${url}: ${name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : (cause ?? String(error))}`;
	}
}

/**
 * Where Playwright's own Chromium is (or would be, once installed), or null when this platform has none.
 * @returns {string | null}
 */
export function playwrightChromium() {
	try {
		return chromium.executablePath();
	} catch {
		return null;
	}
}

/**
 * The probes of this machine.
 * @param {string} root the checkout
 * @returns {Probes}
 */
export function machineProbes(root) {
	const env = process.env;
	const log = (/** @type {string} */ line) => console.log(line);
	const hasApt = () => existsSync('/usr/bin/apt-get');
	return {
		env,
		exists: existsSync,
		log,
		playwrightChromium,
		// Behind a proxy, only Playwright's downloader (which honours HTTPS_PROXY) can tell.
		playwrightUnreachable: () =>
			env.HTTPS_PROXY || env.https_proxy
				? Promise.resolve(null)
				: unreachable(env.PLAYWRIGHT_DOWNLOAD_HOST || PLAYWRIGHT_HOST, 5000),
		hasApt,
		rootWithApt: () => process.getuid?.() === 0 && hasApt(),
		playwrightInstall: (withDeps) =>
			run(
				process.execPath,
				[
					join(root, 'node_modules/@playwright/test/cli.js'),
					'install',
					...(withDeps ? ['--with-deps'] : []),
					'chromium'
				],
				{
					// A connection that stalls for 20 s fails; the whole install gets 15 minutes.
					env: { ...env, PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '20000' },
					timeoutMs: 15 * 60_000,
					log
				}
			),
		playwrightLaunch: async () => {
			try {
				const browser = await chromium.launch({ timeout: 30_000 });
				await browser.close();
				return null;
			} catch (error) {
				return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
			}
		},
		aptInstall: async () => {
			const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
			const options = { timeoutMs: 15 * 60_000, env: aptEnv, log };
			return (
				(await run('apt-get', ['update'], options)) &&
				(await run('apt-get', ['install', '-y', 'chromium'], options))
			);
		}
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = resolve(fileURLToPath(import.meta.url), '../../..');
	const result = await ensureChromium(machineProbes(root));
	if (!result.ok) {
		console.error(result.message);
		process.exit(1);
	}
}
