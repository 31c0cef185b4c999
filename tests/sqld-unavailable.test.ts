// Stands in for the server suite in the integration:sqld project when sqld cannot run here
// (vite.config.ts), so the run reports a skipped test with the reason instead of passing silently.
import { it } from 'vitest';
import { checkSqld } from './sqld';

const sqld = checkSqld();
const reason = sqld.ok ? 'sqld runs after all: rerun the tests' : sqld.reason;

it.skip(`the server suite on sqld (skipped: ${reason})`, () => {});
