import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatNumber, formatPercent } from '../../../src/i18n/format';

/** Intl uses narrow no-break spaces in French; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('locale formatting', () => {
  it('formats percentages the French and the English way', () => {
    expect(plain(formatPercent(0.834, 'fr'))).toBe('83,4 %');
    expect(formatPercent(0.834, 'en')).toBe('83.4%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('groups thousands by locale', () => {
    expect(plain(formatNumber(1234, 'fr'))).toBe('1 234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
  });

  it('writes durations as m:ss under an hour and h:mm from an hour on', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65.9)).toBe('1:05');
    expect(formatDuration(3599)).toBe('59:59');
    expect(formatDuration(3900)).toBe('1:05 h');
    expect(formatDuration(null)).toBe('—');
  });

  it('shows the clock as HH:MM:SS', () => {
    expect(formatClock(8 * 3600 + 5 * 60 + 7.9)).toBe('08:05:07');
  });
});
