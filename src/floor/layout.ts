/**
 * The open space's geometry, in world pixels. Pure: adviser count in, desks out.
 * A team of 12 sits at two islands of 2×3 facing desks; teams are laid out on a
 * grid; the supervisor's desk faces the floor; the wallboard hangs on the top
 * wall. A single small team gets greyed neighbouring teams so the room reads
 * as a real floor.
 */

export const teamSize = 12;
const perIsland = 6;
export const desk = { w: 40, d: 24 } as const;
/** Chair centre distance from its desk's edge. */
const chairGap = 18;
const islandW = 3 * desk.w;
const islandH = 2 * (chairGap + 16) + 2 * desk.d;
const islandGap = 36;
const zonePad = { x: 22, top: 26, bottom: 16 };
export const zone = { w: 2 * islandW + islandGap + 2 * zonePad.x, h: zonePad.top + islandH + zonePad.bottom } as const;
const aisle = 26;
const topStrip = 70;
const bottomStrip = 74;
const margin = 28;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Seat {
  /** Chair centre: where the adviser marker sits. */
  readonly x: number;
  readonly y: number;
  readonly desk: Rect;
  /** +1: the adviser faces down the page (chair above the desk); −1: faces up. */
  readonly facing: 1 | -1;
}

export interface Zone extends Rect {
  readonly kind: 'team' | 'neighbour';
  /** Team number from 1 (0 for neighbours). */
  readonly n: number;
}

export interface FloorLayout {
  readonly width: number;
  readonly height: number;
  /** One per adviser, in snapshot order. */
  readonly seats: readonly Seat[];
  /** Desks of our teams nobody is assigned to. */
  readonly spareSeats: readonly Seat[];
  /** Desks of neighbouring teams (drawn greyed). */
  readonly neighbourSeats: readonly Seat[];
  readonly zones: readonly Zone[];
  readonly supervisor: Rect;
  readonly wallboard: Rect;
  readonly windows: readonly Rect[];
  readonly door: Rect;
}

/** The 12 seats of a team zone whose top-left corner is (x, y). */
export function teamSeats(x: number, y: number): Seat[] {
  const seats: Seat[] = [];
  for (let island = 0; island < teamSize / perIsland; island++) {
    const ix = x + zonePad.x + island * (islandW + islandGap);
    const iy = y + zonePad.top;
    const deskTop = iy + chairGap + 16;
    for (let k = 0; k < perIsland; k++) {
      const row = Math.floor(k / 3);
      const col = k % 3;
      const dx = ix + col * desk.w;
      const dy = deskTop + row * desk.d;
      const chairY = row === 0 ? dy - chairGap : dy + desk.d + chairGap;
      seats.push({ x: dx + desk.w / 2, y: chairY, desk: { x: dx, y: dy, w: desk.w, h: desk.d }, facing: row === 0 ? 1 : -1 });
    }
  }
  return seats;
}

/** Columns of team zones: close to the 16:10 shape of the floor panel. */
export function teamColumns(teams: number): number {
  if (teams <= 3) return Math.max(1, teams);
  return Math.max(2, Math.round(Math.sqrt((teams * 1.6 * zone.h) / zone.w)));
}

export function layoutFloor(adviserCount: number): FloorLayout {
  const teams = Math.max(1, Math.ceil(adviserCount / teamSize));
  const small = teams === 1;
  const slots = small ? 3 : teams;
  const cols = small ? 3 : teamColumns(teams);
  const rows = Math.ceil(slots / cols);
  const gridW = cols * zone.w + (cols - 1) * aisle;
  const gridH = rows * zone.h + (rows - 1) * aisle;
  const width = gridW + 2 * margin;
  const height = topStrip + gridH + bottomStrip;

  const zones: Zone[] = [];
  const all: Seat[] = [];
  const neighbourSeats: Seat[] = [];
  for (let slot = 0; slot < slots; slot++) {
    const x = margin + (slot % cols) * (zone.w + aisle);
    const y = topStrip + Math.floor(slot / cols) * (zone.h + aisle);
    const neighbour = small && slot !== 1;
    zones.push({ x, y, w: zone.w, h: zone.h, kind: neighbour ? 'neighbour' : 'team', n: neighbour ? 0 : zones.filter((z) => z.kind === 'team').length + 1 });
    (neighbour ? neighbourSeats : all).push(...teamSeats(x, y));
  }
  const boardW = Math.min(300, gridW * 0.5);
  const supW = 110;
  return {
    width,
    height,
    seats: all.slice(0, adviserCount),
    spareSeats: all.slice(adviserCount),
    neighbourSeats,
    zones,
    wallboard: { x: (width - boardW) / 2, y: 10, w: boardW, h: 40 },
    supervisor: { x: (width - supW) / 2, y: height - bottomStrip + 22, w: supW, h: 28 },
    windows: Array.from({ length: Math.max(1, Math.floor(gridH / 140)) }, (_, i) => ({ x: -3, y: topStrip + 20 + i * 140, w: 6, h: 90 })),
    door: { x: width - 3, y: height - bottomStrip + 8, w: 6, h: 50 },
  };
}

/** Index of the adviser whose seat is within `radius` of the world point, or -1. */
export function seatAt(seats: readonly Seat[], x: number, y: number, radius = 17): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < seats.length; i++) {
    const dx = seats[i].x - x;
    const dy = seats[i].y - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
