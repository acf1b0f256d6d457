/**
 * State icons as SVG path data on a 24×24 grid. The DOM draws them as <svg>, the
 * floor rasterises the same paths with Path2D, so every view shows the same glyph.
 */
export interface IconPart {
  readonly d: string;
  /** Filled shape, or a stroke of the given width. */
  readonly stroke?: number;
}

export const icons = {
  available: [{ d: 'M5 12.5l4.5 4.5L19 7.5', stroke: 3 }],
  ringing: [{ d: 'M6 12a1.8 1.8 0 1 0 0.01 0M12 12a1.8 1.8 0 1 0 0.01 0M18 12a1.8 1.8 0 1 0 0.01 0', stroke: 3.2 }],
  talking: [
    { d: 'M5 14v-2a7 7 0 0 1 14 0v2', stroke: 2.4 },
    { d: 'M3.5 13h4v6.5h-4zM16.5 13h4v6.5h-4z' },
  ],
  hold: [{ d: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z' }],
  wrapUp: [{ d: 'M5 6.5h14M5 12h14M5 17.5h8.5', stroke: 2.6 }],
  break: [
    { d: 'M4.5 8.5h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z' },
    { d: 'M15.5 10.5h1.5a2.2 2.2 0 0 1 0 4.4h-1.5', stroke: 2 },
  ],
  offlineTask: [{ d: 'M6.5 3.5h8l3.5 3.5v13.5h-11.5zM9 11h6.5M9 15h6.5', stroke: 2 }],
  offline: [
    { d: 'M12 3.5v8', stroke: 2.6 },
    { d: 'M7.2 6.8a7 7 0 1 0 9.6 0', stroke: 2.6 },
  ],
  absent: [{ d: 'M6.5 6.5l11 11M17.5 6.5l-11 11', stroke: 3 }],
  coaching: [
    { d: 'M8 5a2.8 2.8 0 1 0 0.01 0M16 5a2.8 2.8 0 1 0 0.01 0' },
    { d: 'M3 19v-2.5a5 5 0 0 1 10 0V19zM11 19v-2.5a5 5 0 0 1 10 0V19z' },
  ],
  training: [
    { d: 'M12 4.5L2 9.5l10 5 10-5z' },
    { d: 'M6.5 12v4.5c3 2.2 8 2.2 11 0V12M20.5 10v6', stroke: 2 },
  ],
  raisedHand: [{ d: 'M8.5 21v-6.5L6 11V7a1.2 1.2 0 0 1 2.4 0v4h.9V4.5a1.2 1.2 0 0 1 2.4 0V11h.9V3.7a1.2 1.2 0 0 1 2.4 0V11h.9V5.3a1.2 1.2 0 0 1 2.4 0v9.2c0 3.8-2.2 6.5-5.8 6.5z' }],
  alert: [
    { d: 'M12 3L2 20.5h20z' },
  ],
} satisfies Record<string, readonly IconPart[]>;

export type IconName = keyof typeof icons;

/** Draws an icon onto a 2D canvas context in `colour`, scaled to `size` px. */
export function drawIcon(ctx: CanvasRenderingContext2D, name: IconName, x: number, y: number, size: number, colour: string): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / 24, size / 24);
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const part of icons[name] as readonly IconPart[]) {
    const path = new Path2D(part.d);
    if (part.stroke) {
      ctx.lineWidth = part.stroke;
      ctx.stroke(path);
    } else ctx.fill(path);
  }
  ctx.restore();
}
