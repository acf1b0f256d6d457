/**
 * The verification worker's API over comlink, in process, with the catalogue the
 * page bundles: what the assessor view receives survives structured cloning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createVerifyWorkerApi, type VerifyWorkerApi } from '../../../src/worker/verifyApi';
import { resultsFolder } from '../../e2e/fixtures/makeResults';

const channels: MessageChannel[] = [];

function connect(): Comlink.Remote<VerifyWorkerApi> {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(createVerifyWorkerApi(), channel.port1);
  return Comlink.wrap<VerifyWorkerApi>(channel.port2);
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('the verification worker', () => {
  it('verifies a genuine result against the bundled exam and fails the forged one', async () => {
    const api = connect();
    const read = (n: string) => readFileSync(join(resultsFolder, n), 'utf8');
    const genuine = await api.verify(read('candidate-b.json'), 'candidate-b.json');
    expect(genuine.status).toBe('verified');
    expect(genuine.report).toEqual({ analysis: 'The morning went as planned.', proposals: '' });
    expect(genuine.score?.byBlock).toEqual(JSON.parse(read('candidate-b.json')).score.byBlock);
    const forged = await api.verify(read('candidate-forged.json'), 'candidate-forged.json');
    expect(forged.status).toBe('notVerified');
    expect(forged.problems[0]).toMatchObject({ code: 'notOfficial', params: { source: 'scenarios/exam/exam-standard-morning.json' } });
    expect((await api.verify('nope', 'nope.json')).message).toMatch(/^nope\.json: \$: not valid JSON/);
  });
});
