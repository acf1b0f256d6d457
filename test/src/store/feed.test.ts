import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../sim/snapshot';
import { feedView, type FeedItem } from '../../../src/store/feed';

const entry = (at: number, code: string, params: Record<string, string | number> = {}, adviserId?: string): ActivityEntry => ({
  at, code, params, text: code, severity: 'info', ...(adviserId ? { adviserId } : {}),
});
const command = (at: number, type: string, status: 'applied' | 'rejected', adviserId: string | null, key: string): FeedItem => ({
  kind: 'command', key, clockSeconds: 28800 + at, at, type, adviserId, status, reason: null,
});

describe('feed view', () => {
  it('merges engine entries and page items, newest first', () => {
    const lines = feedView([entry(10, 'handRaised', {}, 'a01'), entry(30, 'absence', {}, 'a02')], [command(20, 'whisper', 'rejected', 'a03', 'c0')], 28800);
    expect(lines.map((l) => (l.kind === 'activity' ? l.entry.code : l.kind))).toEqual(['absence', 'command', 'handRaised']);
  });

  it("shows an applied command once, in the engine's words", () => {
    const lines = feedView([entry(20, 'command.sendToBreak', { adviserId: 'a01', minutes: 10 })], [command(20, 'sendToBreak', 'applied', 'a01', 'c0')], 0);
    expect(lines).toHaveLength(1);
    expect(lines[0].kind).toBe('activity');
  });

  it('keeps a refusal given at the same moment as an applied command of the same type', () => {
    const lines = feedView(
      [entry(5, 'command.cancelBreak', { adviserId: 'a01' })],
      [command(5, 'cancelBreak', 'applied', 'a01', 'c0'), command(5, 'cancelBreak', 'rejected', 'a01', 'c1')],
      0,
    );
    expect(lines.map((l) => l.kind)).toEqual(['command', 'activity']);
  });

  it('shows a command through its result when the engine logged both', () => {
    const lines = feedView([entry(7, 'command.listenIn', { adviserId: 'a01' }), entry(7, 'listenIn', { quality: 70 }, 'a01')], [], 0);
    expect(lines.map((l) => (l.kind === 'activity' ? l.entry.code : l.kind))).toEqual(['listenIn']);
  });

  it('gives an entry the same line object from one view to the next, so a memoised line renders once', () => {
    const old = entry(10, 'handRaised', {}, 'a01');
    const first = feedView([old], [], 0);
    const second = feedView([old, entry(30, 'absence', {}, 'a02')], [], 0);
    expect(second[1]).toBe(first[0]);
    expect(feedView([old], [], 3600)[0]).not.toBe(first[0]);
  });
});
