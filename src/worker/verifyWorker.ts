/** The module Web Worker that verifies result files for the assessor view (verifyApi.ts), with comlink. */
import * as Comlink from 'comlink';
import { createVerifyWorkerApi } from './verifyApi';

Comlink.expose(createVerifyWorkerApi());
