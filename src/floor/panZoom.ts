/**
 * Zoom with the wheel, pan by dragging: owns the floor's view transform. It
 * follows the viewport (fit to the room) until the user zooms or pans, and
 * calls `onMove` whenever the picture moved. A press that moves less than a
 * few pixels is not a pan: `release` reports it as a click.
 */
import { fitView, zoomAt, type View } from './camera';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Pointer travel (px, |dx| + |dy|) under which a press is still a click. */
const clickSlop = 4;

export class PanZoom {
  view: View = { scale: 1, x: 0, y: 0 };
  /** Follow the viewport size until the user zooms or pans. */
  private autoFit = true;
  private drag: { x: number; y: number; id: number; moved: boolean } | null = null;

  constructor(private readonly onMove: (view: View) => void) {}

  get pressed(): boolean {
    return this.drag !== null;
  }

  /** A new room: fit it, and follow the viewport again. */
  reset(room: Size, screen: Size): void {
    this.autoFit = true;
    this.fit(room, screen);
  }

  /** The viewport changed size: refit unless the user has taken over. */
  resized(room: Size | null, screen: Size): void {
    if (room && this.autoFit) this.fit(room, screen);
  }

  wheel(deltaY: number, x: number, y: number, room: Size, screen: Size): void {
    const fit = fitView(room.width, room.height, screen.width, screen.height).scale;
    this.move(zoomAt(this.view, Math.exp(-deltaY * 0.0015), x, y, fit * 0.6, Math.max(4, fit * 2)));
  }

  press(x: number, y: number, pointerId: number): void {
    this.drag = { x, y, id: pointerId, moved: false };
  }

  /** Returns true while the pointer pans the floor (then it is not hovering anything). */
  dragTo(x: number, y: number, pointerId: number): boolean {
    const d = this.drag;
    if (!d || d.id !== pointerId) return false;
    const dx = x - d.x;
    const dy = y - d.y;
    if (!d.moved && Math.abs(dx) + Math.abs(dy) <= clickSlop) return false;
    d.moved = true;
    d.x = x;
    d.y = y;
    this.move({ ...this.view, x: this.view.x + dx, y: this.view.y + dy });
    return true;
  }

  /** Ends a press; true when it was a click (it never moved far enough to pan). */
  release(): boolean {
    const d = this.drag;
    this.drag = null;
    return d !== null && !d.moved;
  }

  private fit(room: Size, screen: Size): void {
    this.view = fitView(room.width, room.height, screen.width, screen.height);
    this.onMove(this.view);
  }

  private move(view: View): void {
    this.view = view;
    this.autoFit = false;
    this.onMove(view);
  }
}
