// Starts a worker thread whose module is TypeScript source: under vite dev and vitest the app's
// modules are `.ts` files, which tsx (a dev dependency) compiles here. The built server never uses
// this file: its workers run the JavaScript chunks the build made (see generation-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
