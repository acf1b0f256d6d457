/** The module Web Worker of the staffing lab (labApi.ts), with comlink. */
import * as Comlink from 'comlink';
import { createLabWorkerApi } from './labApi';

Comlink.expose(createLabWorkerApi());
