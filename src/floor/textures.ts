/**
 * Marker textures, rasterised once into a single atlas canvas (so every marker
 * sprite shares one GPU texture and the whole floor draws in one batch), then
 * tinted per state by PixiJS: a white disc, ring steps, a badge per state with
 * the same icon the DOM shows, the raised-hand bubble and the selection ring.
 */
import { Rectangle, Texture } from 'pixi.js';
import type { AdviserStateName } from '../../sim/snapshot';
import { drawIcon, type IconName } from '../theme/icons';
import { palette, stateStyles } from '../theme/stateStyle';
import { ringSteps } from './markerModel';

/** Texture pixels per world pixel (crisp when zoomed in). */
export const textureScale = 3;
/** Marker textures are `markerSize` world pixels square, centred on the chair. */
export const markerSize = 34;
export const badgeSize = 15;
const handSize = 18;

export interface MarkerTextures {
  readonly disc: Texture;
  readonly selection: Texture;
  readonly rings: readonly Texture[];
  readonly badges: Readonly<Record<AdviserStateName, Texture>>;
  readonly hand: Texture;
  /** The raised-hand bubble for a VIP complaint: alert colour, white hand. */
  readonly vipHand: Texture;
  destroy(): void;
}

type Draw = (ctx: CanvasRenderingContext2D, centre: number) => void;

/** Packs square drawings on a shelf atlas; returns a texture per drawing, sharing one source. */
function buildAtlas(items: readonly { size: number; draw: Draw }[]): { textures: Texture[]; destroy: () => void } {
  const width = 1024;
  const pad = 2;
  const boxes: { x: number; y: number; px: number }[] = [];
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const item of items) {
    const px = Math.ceil(item.size * textureScale);
    if (x + px > width) {
      x = 0;
      y += shelf + pad;
      shelf = 0;
    }
    boxes.push({ x, y, px });
    x += px + pad;
    shelf = Math.max(shelf, px);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = y + shelf;
  const ctx = canvas.getContext('2d')!;
  items.forEach((item, i) => {
    const b = boxes[i];
    ctx.save();
    ctx.translate(b.x, b.y);
    ctx.scale(textureScale, textureScale);
    item.draw(ctx, item.size / 2);
    ctx.restore();
  });
  const atlas = Texture.from(canvas);
  const textures = boxes.map((b) => new Texture({ source: atlas.source, frame: new Rectangle(b.x, b.y, b.px, b.px) }));
  return { textures, destroy: () => atlas.destroy(true) };
}

const circle = (ctx: CanvasRenderingContext2D, c: number, r: number) => {
  ctx.beginPath();
  ctx.arc(c, c, r, 0, Math.PI * 2);
};

function badge(icon: IconName, colour: string): Draw {
  return (ctx, c) => {
    circle(ctx, c, c - 0.8);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 1.4;
    ctx.strokeStyle = colour;
    ctx.stroke();
    drawIcon(ctx, icon, 3, 3, badgeSize - 6, colour === palette.away ? '#4b5563' : colour);
  };
}

function ring(step: number): Draw {
  return (ctx, c) => {
    ctx.lineWidth = 2.6;
    ctx.strokeStyle = 'rgba(255,255,255,0.28)';
    circle(ctx, c, 13.8);
    ctx.stroke();
    if (step === 0) return;
    ctx.strokeStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(c, c, 13.8, -Math.PI / 2, -Math.PI / 2 + (2 * Math.PI * step) / ringSteps);
    ctx.stroke();
  };
}

const bubble = (fill: string, ink: string): Draw => (ctx) => {
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.roundRect(1, 1, 16, 13, 4);
  ctx.moveTo(4, 13);
  ctx.lineTo(3, 17);
  ctx.lineTo(8, 13.5);
  ctx.fill();
  drawIcon(ctx, 'raisedHand', 3.5, 1.5, 11, ink);
};

export function createMarkerTextures(): MarkerTextures {
  const states = Object.keys(stateStyles) as AdviserStateName[];
  const items: { size: number; draw: Draw }[] = [
    { size: markerSize, draw: (ctx, c) => (circle(ctx, c, 11.5), (ctx.fillStyle = '#ffffff'), ctx.fill()) },
    { size: markerSize, draw: (ctx, c) => (circle(ctx, c, 16), (ctx.lineWidth = 2.5), (ctx.strokeStyle = '#ffffff'), ctx.stroke()) },
    ...Array.from({ length: ringSteps + 1 }, (_, k) => ({ size: markerSize, draw: ring(k) })),
    ...states.map((s) => ({ size: badgeSize, draw: badge(stateStyles[s].icon, stateStyles[s].colour) })),
    { size: handSize, draw: bubble(palette.raisedHand, '#1f2937') },
    { size: handSize, draw: bubble(palette.alert, '#ffffff') },
  ];
  const { textures, destroy } = buildAtlas(items);
  const rings = textures.slice(2, 3 + ringSteps);
  const badgeTextures = textures.slice(3 + ringSteps, 3 + ringSteps + states.length);
  return {
    disc: textures[0],
    selection: textures[1],
    rings,
    badges: Object.fromEntries(states.map((s, i) => [s, badgeTextures[i]])) as Record<AdviserStateName, Texture>,
    hand: textures[textures.length - 2],
    vipHand: textures[textures.length - 1],
    destroy,
  };
}
