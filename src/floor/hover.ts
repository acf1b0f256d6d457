/**
 * What the pointer is over: the adviser under it (hit-tested against the seats
 * through the current view), the tooltip naming them with their state and time
 * in it, and the cursor (pointer over an adviser, grab elsewhere).
 */
import type { Snapshot } from '../../sim/snapshot';
import type { Lang } from '../i18n';
import { toWorld, type View } from './camera';
import { tooltipText } from './floorText';
import { seatAt, type FloorLayout } from './layout';

/** The index of the adviser whose seat is under a canvas point, or −1. */
export function hitTest(layout: FloorLayout | null, view: View, x: number, y: number): number {
  if (!layout) return -1;
  const w = toWorld(view, x, y);
  return seatAt(layout.seats, w.x, w.y);
}

export class Hover {
  /** Adviser index under the pointer (−1: none). */
  index = -1;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly tooltip: HTMLElement,
  ) {}

  set(index: number, pressed: boolean, s: Snapshot | null, lang: Lang): void {
    this.index = index;
    this.canvas.style.cursor = index >= 0 ? 'pointer' : pressed ? 'grabbing' : 'grab';
    this.refresh(s, lang);
  }

  /** The tooltip follows the pointer (canvas pixels). */
  place(x: number, y: number): void {
    this.tooltip.style.left = `${x + 14}px`;
    this.tooltip.style.top = `${y + 14}px`;
  }

  /** Rewrites the tooltip for the adviser under the pointer (their time in state moves with every snapshot). */
  refresh(s: Snapshot | null, lang: Lang): void {
    const a = this.index >= 0 ? s?.advisers[this.index] : undefined;
    if (!s || !a) {
      this.tooltip.hidden = true;
      return;
    }
    const text = tooltipText(a, s.time, lang);
    if (this.tooltip.textContent !== text) this.tooltip.textContent = text;
    this.tooltip.hidden = false;
  }
}
