/** The module Web Worker: exposes the simulation API (workerApi.ts) to the page with comlink. */
import * as Comlink from 'comlink';
import { faultableWorkerApi } from './faultHook';
import { createSimWorkerApi } from './workerApi';

// Only a test build can crash the engine on purpose; a production build drops the hook.
Comlink.expose(import.meta.env.MODE === 'test' ? faultableWorkerApi() : createSimWorkerApi());
