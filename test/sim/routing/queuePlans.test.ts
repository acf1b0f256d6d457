/** Pure decisions about a waiting customer: estimated wait, callback offer, announcement. */
import { describe, expect, it } from 'vitest';
import { announcementPlan, callbackPlan, estimatedWait } from '../../../sim/routing/queuePlans';

describe('estimatedWait', () => {
  it('is queue length × mean handle ÷ skilled advisers logged in', () => {
    expect(estimatedWait(4, 300, 2)).toBe(600);
    expect(estimatedWait(1, 180, 3)).toBe(60);
  });

  it('is 0 with nobody waiting and someone staffed', () => {
    expect(estimatedWait(0, 300, 2)).toBe(0);
  });

  it('is Infinity with nobody staffed, even with nobody waiting', () => {
    expect(estimatedWait(3, 300, 0)).toBe(Infinity);
    expect(estimatedWait(0, 300, 0)).toBe(Infinity);
  });
});

describe('callbackPlan', () => {
  it('offers nothing while the estimated wait is at most the threshold', () => {
    expect(callbackPlan(59, 60, 0, 1)).toBe('none');
    expect(callbackPlan(60, 60, 0, 1)).toBe('none');
  });

  it('offers a callback once the estimated wait is over the threshold; the caller takes it when u < acceptShare', () => {
    expect(callbackPlan(60.5, 60, 0.49, 0.5)).toBe('accepted');
    expect(callbackPlan(60.5, 60, 0.5, 0.5)).toBe('declined');
    expect(callbackPlan(60.5, 60, 0.9, 0.5)).toBe('declined');
  });

  it('offers a callback when nobody is staffed (an infinite wait)', () => {
    expect(callbackPlan(Infinity, 60, 0.1, 0.5)).toBe('accepted');
  });

  it('is always declined with an accept share of 0, always taken with 1', () => {
    expect(callbackPlan(100, 60, 0, 0)).toBe('declined');
    expect(callbackPlan(100, 60, 0.999, 1)).toBe('accepted');
  });
});

describe('announcementPlan', () => {
  it('announces the caller’s share of the estimated wait: position ÷ waiting', () => {
    // 400 s for 4 waiting: the first hears 100 s, the last 400 s.
    expect(announcementPlan(400, 1, 4, 99)).toBe('hangUp');
    expect(announcementPlan(400, 1, 4, 100)).toBe('wait');
    expect(announcementPlan(400, 4, 4, 399)).toBe('hangUp');
    expect(announcementPlan(400, 4, 4, 400)).toBe('wait');
  });

  it('announces no wait (0 s) when the queue is empty', () => {
    expect(announcementPlan(400, 1, 0, 0)).toBe('wait');
  });

  it('makes every caller with finite patience hang up when nobody is staffed', () => {
    expect(announcementPlan(Infinity, 1, 3, 10_000)).toBe('hangUp');
    expect(announcementPlan(Infinity, 1, 3, Infinity)).toBe('wait');
  });
});
