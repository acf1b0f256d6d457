import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, SupervisorSnapshot } from '../../../sim/snapshot';
import { translate, type MessageKey, type Params } from '../../../src/i18n';
import { supervisorText, whyText } from '../../../src/store/supervisorText';

const t = (key: MessageKey, params?: Params) => translate('en', key, params);
const tFr = (key: MessageKey, params?: Params) => translate('fr', key, params);
const advisers = [{ id: 'a03', name: 'Hugo Dubois', state: 'talking', pending: 'break' }] as unknown as AdviserSnapshot[];
const dayStart = 8 * 3600;

describe('supervisor text', () => {
  it('says the supervisor is available, or busy with whom until when', () => {
    expect(supervisorText({ state: 'available', adviserId: null, until: null }, advisers, dayStart, t)).toBe('Available');
    const coaching: SupervisorSnapshot = { state: 'coaching', adviserId: 'a03', until: 2 * 3600 + 35 * 60 };
    expect(supervisorText(coaching, advisers, dayStart, t)).toBe('With Hugo Dubois until 10:35');
    expect(supervisorText({ state: 'listening', adviserId: 'a03', until: null }, advisers, dayStart, tFr)).toBe('En écoute de Hugo Dubois');
    expect(supervisorText({ state: 'briefing', adviserId: null, until: 600 }, advisers, dayStart, t)).toBe('Briefing the team until 08:10');
  });

  it('explains why an action is not available', () => {
    const snapshot = { supervisor: { state: 'barging', adviserId: 'a03', until: 60 } as SupervisorSnapshot, advisers, time: 0, clockSeconds: dayStart };
    expect(whyText({ ok: false, why: 'supervisorBusy' }, snapshot, t)).toBe("Needs you in person, and you are busy: On Hugo Dubois's call until 08:01.");
    expect(whyText({ ok: false, why: 'pending' }, snapshot, t, advisers[0])).toBe('Already planned after this contact: Break.');
    expect(whyText({ ok: false, why: 'noContact' }, snapshot, t)).toBe('Only on a live contact (talking or on hold).');
    expect(whyText({ ok: true }, snapshot, t)).toBe('');
  });
});
