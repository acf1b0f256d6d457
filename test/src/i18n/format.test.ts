import { describe, expect, it } from 'vitest';
import { wallClock, formatClock, formatCountdown, formatDuration, formatHoursMinutes, formatNumber, formatPercent, formatScoreOutOf5, formatTimeOfDay } from '../../../src/i18n/format';

/** Intl uses narrow no-break spaces in French; compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('locale formatting', () => {
  it('formats percentages the French and the English way', () => {
    expect(plain(formatPercent(0.834, 'fr'))).toBe('83,4 %');
    expect(formatPercent(0.834, 'en')).toBe('83.4%');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('writes a survey mean out of 5 with one decimal, the locale way', () => {
    expect(formatScoreOutOf5(4.23, 'fr')).toBe('4,2 / 5');
    expect(formatScoreOutOf5(4.25, 'en')).toBe('4.3 / 5');
    expect(formatScoreOutOf5(null, 'fr')).toBe('—');
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
    expect(formatClock(25 * 3600 + 30 * 60)).toBe('01:30:00'); // a night shift past midnight reads as a wall clock
    expect(wallClock('30:00')).toBe('06:00');
    expect(wallClock('08:30')).toBe('08:30');
  });

  it('counts down in m:ss, rounding up and never below zero', () => {
    expect(formatCountdown(90)).toBe('1:30');
    expect(formatCountdown(0.2)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });

  it('writes times of day as HH:MM and time worked as h:mm h', () => {
    expect(formatTimeOfDay(10 * 3600 + 35 * 60 + 59)).toBe('10:35');
    expect(formatHoursMinutes(12.7)).toBe('0:12 h');
    expect(formatHoursMinutes(185)).toBe('3:05 h');
    expect(formatHoursMinutes(null)).toBe('—');
  });
});
