import { describe, expect, it } from 'vitest';
import { layoutFloor, seatAt, teamSeats } from '../../../src/floor/layout';

describe('floor layout', () => {
  it('seats a team of 12 at two islands of 2×3 facing desks', () => {
    const seats = teamSeats(0, 0);
    expect(seats).toHaveLength(12);
    expect(seats.filter((s) => s.facing === 1)).toHaveLength(6);
    const ys = new Set(seats.map((s) => s.y));
    expect(ys.size).toBe(2);
  });

  it('gives one seat per adviser and adds greyed neighbours to a single small team', () => {
    const l = layoutFloor(12);
    expect(l.seats).toHaveLength(12);
    expect(l.neighbourSeats.length).toBeGreaterThan(0);
    expect(l.zones.filter((z) => z.kind === 'team')).toHaveLength(1);
  });

  it('lays 500 advisers out on 42 team zones with no neighbours and no overlap', () => {
    const l = layoutFloor(500);
    expect(l.seats).toHaveLength(500);
    expect(l.spareSeats).toHaveLength(42 * 12 - 500);
    expect(l.neighbourSeats).toHaveLength(0);
    const keys = new Set(l.seats.map((s) => `${s.x},${s.y}`));
    expect(keys.size).toBe(500);
    for (const s of l.seats) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(l.width);
      expect(s.y).toBeGreaterThan(0);
      expect(s.y).toBeLessThan(l.height);
    }
  });

  it('finds the adviser under a point, or nobody', () => {
    const l = layoutFloor(12);
    expect(seatAt(l.seats, l.seats[5].x + 3, l.seats[5].y - 2)).toBe(5);
    expect(seatAt(l.seats, -100, -100)).toBe(-1);
  });
});
