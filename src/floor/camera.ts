/** Zoom and pan for the floor, as plain maths on a {scale, x, y} view transform. */

export interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** Fits a `width`×`height` world into the viewport with some padding, centred. */
export function fitView(width: number, height: number, viewW: number, viewH: number, pad = 12): View {
  const scale = Math.max(0.05, Math.min((viewW - 2 * pad) / width, (viewH - 2 * pad) / height));
  return { scale, x: (viewW - width * scale) / 2, y: (viewH - height * scale) / 2 };
}

/** Zooms by `factor` keeping the screen point (px, py) over the same world point. */
export function zoomAt(view: View, factor: number, px: number, py: number, min: number, max: number): View {
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  const k = scale / view.scale;
  return { scale, x: px - (px - view.x) * k, y: py - (py - view.y) * k };
}

export function toWorld(view: View, px: number, py: number): { x: number; y: number } {
  return { x: (px - view.x) / view.scale, y: (py - view.y) / view.scale };
}
