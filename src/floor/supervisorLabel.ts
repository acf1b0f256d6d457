/** What the supervisor is doing, written beside their desk (drawn by PixiJS; the desk itself is in the static layer). */
import { BitmapText } from 'pixi.js';
import type { Rect } from './layout';

const free = 0x6b7280;
const busy = 0x00756a;

export class SupervisorLabel {
  readonly text = new BitmapText({ text: '', style: { fontFamily: 'Arial, "DejaVu Sans", sans-serif', fontSize: 24, fontWeight: 'bold', fill: 0xffffff } });
  private shown = '';
  private busy = false;

  constructor(desk: Rect) {
    // Right-aligned to the left of the desk: the static "Supervisor" label sits on its right.
    this.text.anchor.set(1, 0.5);
    this.text.position.set(desk.x - 10, desk.y + desk.h / 2);
    this.text.scale.set(0.5);
    this.text.tint = free;
  }

  /** Returns true when the picture changed. */
  set(text: string, isBusy: boolean): boolean {
    if (text === this.shown && isBusy === this.busy) return false;
    this.shown = text;
    this.busy = isBusy;
    this.text.text = text;
    this.text.tint = isBusy ? busy : free;
    return true;
  }
}
