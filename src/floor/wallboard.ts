/** The wallboard's live text (SL, queue, longest wait), drawn by PixiJS over the board painted in the static layer. */
import { BitmapText } from 'pixi.js';
import type { Rect } from './layout';

const normal = 0xf9fafb;
const alarm = 0xffb4a2;

export class Wallboard {
  readonly text = new BitmapText({ text: '', style: { fontFamily: 'Arial, "DejaVu Sans", sans-serif', fontSize: 30, fontWeight: 'bold', fill: 0xffffff } });
  private shown = '';
  private alert = false;

  constructor(private readonly board: Rect) {
    this.text.anchor.set(0.5);
    this.text.position.set(board.x + board.w / 2, board.y + board.h / 2);
    this.text.tint = normal;
  }

  /** Returns true when the picture changed. */
  set(text: string, alert: boolean): boolean {
    if (text === this.shown && alert === this.alert) return false;
    this.shown = text;
    this.alert = alert;
    this.text.text = text;
    this.text.tint = alert ? alarm : normal;
    // Half-size glyphs stay sharp at 2× zoom; shrink further to fit a narrow board.
    this.text.scale.set(0.5);
    const max = this.board.w - 16;
    if (this.text.width > max) this.text.scale.set((0.5 * max) / this.text.width);
    return true;
  }
}
