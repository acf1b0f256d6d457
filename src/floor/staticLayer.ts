/**
 * The open space's static layer: room, windows, door, team zones, desks, chairs,
 * the supervisor's desk and the wallboard frame, painted on a Canvas 2D under
 * the PixiJS markers. It changes only with the camera (zoom, pan, resize) or the
 * language, never with a snapshot, so a snapshot costs only the markers' render;
 * and being repainted at the current zoom it stays crisp at any scale.
 */
import type { View } from './camera';
import type { FloorLayout, Seat } from './layout';

const colours = {
  outside: '#e9edf2',
  room: '#f3f5f8',
  wall: '#4b5563',
  window: '#9cc9e8',
  zone: '#e6ebf1',
  neighbourZone: '#eef0f3',
  desk: '#ffffff',
  deskLine: '#b4bec9',
  neighbourDesk: '#f5f6f8',
  neighbourLine: '#d6dbe1',
  monitor: '#374151',
  neighbourMonitor: '#c9ced5',
  chair: '#c3cbd5',
  neighbourChair: '#e0e4e9',
  board: '#1f2937',
  label: '#5b6675',
  neighbourLabel: '#a3abb6',
} as const;

const fontFamily = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface StaticLabels {
  readonly team: (n: number) => string;
  readonly neighbours: string;
  readonly supervisor: string;
}

function seats(ctx: CanvasRenderingContext2D, list: readonly Seat[], neighbour: boolean, lineWidth: number): void {
  ctx.fillStyle = neighbour ? colours.neighbourDesk : colours.desk;
  ctx.strokeStyle = neighbour ? colours.neighbourLine : colours.deskLine;
  ctx.lineWidth = lineWidth;
  for (const s of list) {
    ctx.fillRect(s.desk.x, s.desk.y, s.desk.w, s.desk.h);
    ctx.strokeRect(s.desk.x, s.desk.y, s.desk.w, s.desk.h);
  }
  ctx.fillStyle = neighbour ? colours.neighbourMonitor : colours.monitor;
  for (const s of list) ctx.fillRect(s.desk.x + 9, s.facing === 1 ? s.desk.y + s.desk.h - 6 : s.desk.y + 3, s.desk.w - 18, 3);
  ctx.fillStyle = neighbour ? colours.neighbourChair : colours.chair;
  ctx.beginPath();
  for (const s of list) {
    ctx.moveTo(s.x + 9, s.y);
    ctx.arc(s.x, s.y, 9, 0, Math.PI * 2);
  }
  ctx.fill();
}

/** Paints the layout on `canvas` (sized in device pixels) through the camera `view`. */
export function paintStaticLayer(canvas: HTMLCanvasElement, layout: FloorLayout, view: View, labels: StaticLabels, pixelRatio: number): void {
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = colours.outside;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(view.scale * pixelRatio, 0, 0, view.scale * pixelRatio, view.x * pixelRatio, view.y * pixelRatio);
  const hairline = 1 / view.scale;

  ctx.fillStyle = colours.room;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.strokeStyle = colours.wall;
  ctx.lineWidth = 6;
  ctx.strokeRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = colours.window;
  for (const w of layout.windows) ctx.fillRect(w.x, w.y, w.w, w.h);
  ctx.fillStyle = colours.room;
  ctx.fillRect(layout.door.x, layout.door.y, layout.door.w, layout.door.h);

  for (const z of layout.zones) {
    ctx.fillStyle = z.kind === 'team' ? colours.zone : colours.neighbourZone;
    ctx.beginPath();
    ctx.roundRect(z.x, z.y, z.w, z.h, 8);
    ctx.fill();
  }
  seats(ctx, layout.neighbourSeats, true, Math.max(hairline, 0.6));
  seats(ctx, [...layout.seats, ...layout.spareSeats], false, Math.max(hairline, 0.6));

  const sup = layout.supervisor;
  ctx.fillStyle = colours.desk;
  ctx.strokeStyle = colours.wall;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(sup.x, sup.y, sup.w, sup.h, 4);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = colours.monitor;
  ctx.fillRect(sup.x + sup.w / 2 - 20, sup.y + 3, 40, 3);
  ctx.fillStyle = colours.wall;
  ctx.beginPath();
  ctx.arc(sup.x + sup.w / 2, sup.y + sup.h + 13, 10, 0, Math.PI * 2);
  ctx.fill();

  const b = layout.wallboard;
  ctx.fillStyle = colours.board;
  ctx.beginPath();
  ctx.roundRect(b.x, b.y, b.w, b.h, 4);
  ctx.fill();

  // Labels too small to read at this zoom are left out.
  if (11 * view.scale >= 5) {
    ctx.font = `600 11px ${fontFamily}`;
    ctx.textBaseline = 'top';
    for (const z of layout.zones) {
      ctx.fillStyle = z.kind === 'team' ? colours.label : colours.neighbourLabel;
      ctx.fillText(z.kind === 'team' ? labels.team(z.n) : labels.neighbours, z.x + 10, z.y + 7);
    }
    ctx.fillStyle = colours.label;
    ctx.textBaseline = 'middle';
    ctx.fillText(labels.supervisor, sup.x + sup.w + 10, sup.y + sup.h / 2);
  }
}

/**
 * The canvas the static layer is painted on, sized to the viewport in device
 * pixels. `dirty` is set by whatever moves the picture (camera, language) and
 * cleared by `paint`; a snapshot never sets it.
 */
export class StaticCanvas {
  readonly canvas = document.createElement('canvas');
  dirty = true;

  constructor() {
    this.canvas.className = 'floor-static';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  paint(layout: FloorLayout, view: View, labels: StaticLabels, screen: { width: number; height: number }, ratio: number): void {
    const w = Math.round(screen.width * ratio);
    const h = Math.round(screen.height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
      this.canvas.style.width = `${screen.width}px`;
      this.canvas.style.height = `${screen.height}px`;
    }
    paintStaticLayer(this.canvas, layout, view, labels, ratio);
    this.dirty = false;
  }
}
