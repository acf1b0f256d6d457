import { describe, expect, it } from 'vitest';
import type { View } from '../../../src/floor/camera';
import { PanZoom } from '../../../src/floor/panZoom';

const room = { width: 400, height: 200 };
const screen = { width: 824, height: 424 };

function camera() {
  const moves: View[] = [];
  return { moves, pz: new PanZoom((v) => moves.push(v)) };
}

describe('pan and zoom', () => {
  it('fits a new room into the viewport and follows the viewport until the user takes over', () => {
    const { moves, pz } = camera();
    pz.reset(room, screen);
    expect(pz.view).toEqual({ scale: 2, x: 12, y: 12 });
    pz.resized(room, { width: 424, height: 424 });
    expect(pz.view.scale).toBe(1);
    pz.wheel(-100, 0, 0, room, screen);
    const zoomed = pz.view;
    pz.resized(room, screen);
    expect(pz.view).toBe(zoomed);
    expect(moves).toHaveLength(3);
  });

  it('treats a short press as a click and a longer one as a pan', () => {
    const { pz } = camera();
    pz.reset(room, screen);
    pz.press(100, 100, 1);
    expect(pz.dragTo(102, 101, 1)).toBe(false);
    expect(pz.release()).toBe(true);

    pz.press(100, 100, 1);
    expect(pz.dragTo(130, 100, 1)).toBe(true);
    expect(pz.dragTo(131, 100, 1)).toBe(true);
    expect(pz.view.x).toBe(12 + 31);
    expect(pz.release()).toBe(false);
    expect(pz.pressed).toBe(false);
  });

  it('ignores another pointer while one is pressed', () => {
    const { pz } = camera();
    pz.reset(room, screen);
    pz.press(100, 100, 1);
    expect(pz.dragTo(200, 200, 2)).toBe(false);
    expect(pz.view.x).toBe(12);
  });
});
