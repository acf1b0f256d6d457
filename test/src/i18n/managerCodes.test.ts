/** Reporting up to the floor manager in words: every code a run with a floor manager gives, in both languages. */
import { describe, expect, it } from 'vitest';
import { createSimulation, scenarioSchema, type ScenarioInput } from '../../../sim/index';
import { commandOutcome, translateCode, type CodeContext } from '../../../src/i18n/codes';
import { dictionaries, languages } from '../../../src/i18n';

const en: CodeContext = { lang: 'en', dayStart: 8 * 3600 };
const fr: CodeContext = { ...en, lang: 'fr' };

const scenario = scenarioSchema.parse({
  schemaVersion: 2, id: 'manager-words', title: { fr: 'Chef', en: 'Manager' }, seed: 3,
  clock: { start: '08:00', end: '09:30' },
  channels: [{ id: 'voice', kind: 'voice', name: { fr: 'Voix', en: 'Voice' }, serviceLevel: { thresholdSeconds: 20, target: 0.8 }, arrivals: { perHour: 140 }, handleTime: { dist: 'exponential', mean: 180 }, patience: { dist: 'exponential', mean: 90 } }],
  team: { generate: [{ count: 4, skills: { voice: 1 } }, { count: 1, skills: { voice: 1 }, shift: { start: '09:00', end: '09:30' } }] },
  overflow: [{ id: 'outsourcer', channels: ['voice'], capacity: 3, afterWaitSeconds: 30, costPerContact: 4 }],
  events: [{ type: 'incident', at: '08:40', minutes: 20, channelId: 'voice', surge: 1.2 }],
  floorManager: { budget: { overflowMinutes: 0, overtimeMinutes: 0, callIns: 0 }, endOfWeek: true },
} as ScenarioInput);

describe('floor manager codes in words', () => {
  it('translate the report, the answers and the refusals', () => {
    expect(translateCode('activity', 'command.reportToManager', { subject: 'incident' }, 'x', fr)).toBe('Signalé au chef de plateau : Incident.');
    expect(translateCode('activity', 'command.reportToManager', { subject: 'request', request: 'callIn', answerAt: '10:05:00' }, 'x', en)).toBe('Reported to the floor manager: Request (calling someone in); the manager answers at 10:05.');
    expect(translateCode('activity', 'managerGranted', { request: 'overflow', because: 'incident' }, 'x', fr)).toBe('Le chef de plateau accorde débordement pour le reste de la journée (un incident est en cours).');
    expect(commandOutcome({ type: 'openOverflow', status: 'rejected', code: 'needsManager', params: { budget: 'overflow', limit: 10, used: 12 }, reason: 'x' }, en))
      .toBe('needs the floor manager: the overflow (minutes a day) budget (10) is used up (12 so far); ask them for it (Report to the floor manager → Request).');
    expect(commandOutcome({ type: 'reportToManager', status: 'applied', code: 'applied', params: { answerAt: '08:30:00' }, reason: 'x' }, fr)).toBe('le chef de plateau répond à 08:30.');
  });

  it('have a translation, in both languages, for every code a day with a floor manager produces', () => {
    const sim = createSimulation(scenario);
    const codes = { activity: new Set<string>(), command: new Set<string>() };
    const off = () => sim.snapshot().advisers.find((a) => a.state === 'offline')?.id ?? 'a01';
    const tries: [number, Record<string, unknown>][] = [
      [300, { type: 'reportToManager', subject: 'incident' }],
      [360, { type: 'reportToManager', subject: 'request' }],
      [420, { type: 'reportToManager', subject: 'endOfDay', request: 'overflow' }],
      [480, { type: 'openOverflow', groupId: 'outsourcer' }],
      [540, { type: 'callInAdviser', adviserId: '' }],
      [600, { type: 'reportToManager', subject: 'request', request: 'callIn' }],
      [610, { type: 'reportToManager', subject: 'request', request: 'callIn' }],
      [2700, { type: 'reportToManager', subject: 'request', request: 'overflow' }],
      [3300, { type: 'reportToManager', subject: 'request', request: 'overflow' }],
      [4000, { type: 'reportToManager', subject: 'targetAtRisk' }],
    ];
    for (const [t, command] of tries) {
      sim.advanceTo(t);
      const c = command.type === 'callInAdviser' ? { ...command, adviserId: off() } : command;
      const r = sim.submit(c);
      if (r.status === 'rejected') codes.command.add(r.code!);
    }
    sim.runToEnd();
    for (const e of sim.snapshot().activity) codes.activity.add(e.code);
    const result = sim.result();
    expect([...codes.command].sort()).toEqual(['alreadyGranted', 'needsManager', 'requestMissing', 'requestNotExpected', 'requestPending']);
    expect(codes.activity.has('managerGranted')).toBe(true);
    const entryCodes = new Set(result.score.entries.map((e) => e.code));
    for (const code of ['managerReportIdle', 'incidentUnreported', 'riskUnreported', 'endOfDayReportMissing', 'endOfWeekReportMissing']) expect(entryCodes.has(code), code).toBe(true);
    expect(result.score.missed.some((m) => m.lever === 'reportToManager')).toBe(true);
    for (const lang of languages) {
      const dict = dictionaries[lang] as Record<string, string>;
      for (const code of codes.command) expect(dict[`command.${code}`], `${lang}: command.${code}`).toBeDefined();
      for (const code of codes.activity) expect(dict[`activity.${code}`], `${lang}: activity.${code}`).toBeDefined();
      for (const code of entryCodes) expect(dict[`score.entry.${code}`], `${lang}: score.entry.${code}`).toBeDefined();
      for (const m of result.score.missed) {
        const words = translateCode('score.missed', m.code, m.params, '', { lang, dayStart: 8 * 3600 }) || translateCode('score.entry', m.code, m.params, '', { lang, dayStart: 8 * 3600 });
        expect(words, `${lang}: missed ${m.code}`).not.toBe('');
      }
      for (const e of result.score.entries) {
        expect(translateCode('score.entry', e.code, e.params, '', { lang, dayStart: 8 * 3600 }), `${lang}: ${e.code} ${JSON.stringify(e.params)}`).not.toBe('');
      }
    }
  });
});
