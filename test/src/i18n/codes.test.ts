import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario } from '../../../sim/index';
import { commandOutcome, translateCode, type CodeContext } from '../../../src/i18n/codes';
import { dictionaries, languages } from '../../../src/i18n';

/** Intl uses narrow no-break spaces in French; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const en: CodeContext = { lang: 'en', nameOf: (id) => (id === 'a01' ? 'Camille Martin' : undefined), dayStart: 8 * 3600 };
const fr: CodeContext = { ...en, lang: 'fr' };

describe('engine codes in words', () => {
  it('translate a known code with its params', () => {
    expect(translateCode('command', 'noBreakPlanned', { adviser: 'Camille Martin' }, 'x', en)).toBe('Camille Martin has no break planned.');
    expect(translateCode('command', 'noBreakPlanned', { adviser: 'Camille Martin' }, 'x', fr)).toBe("Camille Martin n'a pas de pause prévue.");
  });

  it("fall back to the engine's English for an unknown code or a missing param", () => {
    expect(translateCode('activity', 'somethingNew', {}, 'Something new happened', fr)).toBe('Something new happened');
    expect(translateCode('command', 'noBreakPlanned', {}, 'Camille has no break planned', fr)).toBe('Camille has no break planned');
    expect(translateCode('command', undefined, undefined, 'plain reason', fr)).toBe('plain reason');
  });

  it('name the adviser of an id, and show states, times and French labels in words', () => {
    expect(translateCode('activity', 'command.sendToBreak', { adviserId: 'a01', minutes: 10 }, 'x', fr)).toBe('Camille Martin envoyé·e en pause, 10 min.');
    expect(translateCode('command', 'alreadyAway', { adviser: 'Ana', state: 'break' }, 'x', en)).toBe('Ana is already away: Break.');
    expect(translateCode('command', 'supervisorBusy', { state: 'listening', adviser: 'Ana', until: '10:35:00' }, 'x', en)).toBe('you are busy: Listening to Ana until 10:35.');
    expect(translateCode('command', 'supervisorBusy', { state: 'coaching', adviser: 'Ana', until: '' }, 'x', fr)).toBe('vous êtes occupé·e : Avec Ana.');
    expect(translateCode('activity', 'eventStarted', { event: 'Outage', eventFr: 'Panne' }, 'x', fr)).toBe('Événement : Panne.');
    expect(plain(translateCode('activity', 'whisper', { adviser: 'Ana', hand: 1 }, 'x', en))).toBe('Whispered advice to Ana (raised hand answered).');
  });

  it("name a scenario event by the scenario's own wording, else by its type in the user's language", () => {
    expect(translateCode('activity', 'eventStarted', { type: 'vipComplaint' }, 'Event: vipComplaint', fr)).toBe("Événement : Réclamation d'un client VIP.");
    expect(translateCode('activity', 'eventEnded', { type: 'incident' }, 'incident: over', en)).toBe('Incident: surge of contacts: over.');
    expect(translateCode('activity', 'eventStarted', { type: 'incident', event: 'Outage', eventFr: 'Panne' }, 'x', fr)).toBe('Événement : Panne.');
  });

  it('describe command outcomes: refusals, "after the current contact", results', () => {
    expect(commandOutcome({ type: 'coach', status: 'rejected', code: 'notOnContact', params: { adviser: 'Ana' }, reason: 'Ana is not on a contact' }, fr)).toBe("Ana n'est pas en contact.");
    expect(commandOutcome({ type: 'sendToBreak', status: 'applied', code: 'applied', reason: 'after the current contact' }, fr)).toBe('après le contact en cours.');
    expect(commandOutcome({ type: 'listenIn', status: 'applied', code: 'applied', params: { quality: 72 }, reason: 'quality 72/100' }, en)).toBe('quality observed: 72/100.');
    expect(commandOutcome({ type: 'askOvertime', status: 'applied', code: 'applied', params: { until: '13:30:00' }, reason: 'x' }, fr)).toBe('le service finit maintenant à 13:30.');
    expect(commandOutcome({ type: 'logIn', status: 'applied', code: 'applied' }, en)).toBe('');
    expect(commandOutcome({ type: 'logIn', status: 'applied', code: 'applied', reason: 'a new engine note' }, fr)).toBe('a new engine note');
  });

  it('have a translation, in both languages, for every code a shift produces', () => {
    const codes = { activity: new Set<string>(), command: new Set<string>() };
    for (const file of ['scenarios/training/default-weekday-morning.json', 'scenarios/training/multichannel-tuesday.json']) {
      const sim = createSimulation(parseScenario(readFileSync(file, 'utf8'), file));
      const ids = sim.snapshot().advisers.map((a) => a.id);
      for (let t = 600; t <= 4 * 3600; t += 600) {
        sim.advanceTo(t);
        const id = ids[(t / 600) % ids.length];
        const commands = [
          { type: 'coach', adviserId: id, minutes: 10 },
          { type: 'sendToBreak', adviserId: id, minutes: 10 },
          { type: 'listenIn', adviserId: id },
          { type: 'whisper', adviserId: id },
          { type: 'cancelBreak', adviserId: id },
          { type: 'cancelBreak', adviserId: id },
          { type: 'cancelBreak', adviserId: id },
          { type: 'logIn', adviserId: id },
          { type: 'callInAdviser', adviserId: id },
          { type: 'recognise', adviserId: id },
          { type: 'askOvertime', adviserId: id, minutes: 30 },
          { type: 'moveToChannel', adviserId: id, channelId: 'email' },
          { type: 'openOverflow', groupId: 'outsourcer' },
          { type: 'setIvrMessage', channelId: 'voice', message: 'incident' },
          { type: 'teamBriefing', minutes: 5 },
        ];
        for (const command of commands) {
          const r = sim.submit(command);
          if (r.status === 'rejected') {
            expect(r.code, JSON.stringify(r)).toBeDefined();
            codes.command.add(r.code!);
          }
        }
      }
      for (const e of sim.snapshot().activity) codes.activity.add(e.code);
    }
    expect(codes.activity.size).toBeGreaterThan(10);
    expect(codes.command.size).toBeGreaterThan(4);
    for (const lang of languages) {
      const dict = dictionaries[lang] as Record<string, string>;
      for (const prefix of ['activity', 'command'] as const) {
        for (const code of codes[prefix]) {
          expect(dict[`${prefix}.${code}`], `${lang}: ${prefix}.${code}`).toBeDefined();
        }
      }
    }
  });
});
