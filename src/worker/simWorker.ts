/** The module Web Worker: exposes the simulation API (workerApi.ts) to the page with comlink. */
import * as Comlink from 'comlink';
import { createSimWorkerApi } from './workerApi';

Comlink.expose(createSimWorkerApi());
