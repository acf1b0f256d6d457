/**
 * The dynamic layer: one marker per adviser (ring for time in state, disc in the
 * state colour, initials, a badge with the state icon, a raised-hand bubble (red
 * for a VIP) and a selection ring). `update` touches only what changed: a marker is restyled
 * when its adviser object is a new one (!==), and its ring when its step moves.
 *
 * Keeping a snapshot cheap in PixiJS 8: the layer is its own render group, and a
 * marker's parts are hidden with alpha 0, never `visible = false`. Toggling
 * `visible` (or adding and removing children) changes the group's structure,
 * and PixiJS then rebuilds the instructions of the whole group, thousands of
 * sprites on a large floor; alpha, tint, texture (all from one atlas) and
 * position are updated in place.
 */
import { BitmapText, Container, Sprite, type Texture } from 'pixi.js';
import type { AdviserSnapshot, AdviserStateName } from '../../sim/snapshot';
import { handMark, hexToNumber, palette, stateStyles } from '../theme/stateStyle';
import type { Seat } from './layout';
import { ringKey, ringState } from './markerModel';
import { textureScale, type MarkerTextures } from './textures';

const alertTint = hexToNumber(palette.alert);
// Parsed once: a tint is set on hundreds of sprites per snapshot, and PixiJS's setter normalises whatever it gets.
const stateTint = Object.fromEntries(Object.entries(stateStyles).map(([k, s]) => [k, hexToNumber(s.colour)])) as Record<AdviserStateName, number>;
const inkTint = Object.fromEntries(Object.entries(stateStyles).map(([k, s]) => [k, hexToNumber(s.ink)])) as Record<AdviserStateName, number>;

function sprite(texture: Texture): Sprite {
  const s = new Sprite(texture);
  s.anchor.set(0.5);
  s.scale.set(1 / textureScale);
  return s;
}

class Marker {
  readonly root = new Container();
  private readonly person = new Container();
  private readonly ring: Sprite;
  private readonly disc: Sprite;
  private readonly initials: BitmapText;
  private readonly badge: Sprite;
  private readonly hand: Sprite;
  private readonly selection: Sprite;
  adviser: AdviserSnapshot | null = null;
  /** ringKey of the ring on show (NaN: none yet). */
  private shownRing = Number.NaN;
  /** The ring's tint on show: the state's colour, or the alert colour once overdue. */
  private ringTint = -1;
  private readonly awayOffset: number;

  constructor(
    seat: Seat,
    private readonly textures: MarkerTextures,
  ) {
    this.root.position.set(seat.x, seat.y);
    this.ring = sprite(textures.rings[0]);
    this.disc = sprite(textures.disc);
    this.initials = new BitmapText({ text: '', style: { fontFamily: 'Arial, "DejaVu Sans", sans-serif', fontSize: 22, fontWeight: 'bold', fill: 0xffffff } });
    this.initials.anchor.set(0.5);
    this.initials.scale.set(0.45);
    this.person.addChild(this.ring, this.disc, this.initials);
    this.badge = sprite(textures.badges.available);
    this.hand = sprite(textures.hand);
    this.hand.position.set(13, -15);
    this.hand.alpha = 0;
    this.selection = sprite(textures.selection);
    this.selection.tint = 0x111827;
    this.selection.alpha = 0;
    this.root.addChild(this.selection, this.person, this.badge, this.hand);
    // The desk lies on the far side of the chair from the aisle: an away badge sits on it.
    this.awayOffset = seat.facing * 20;
  }

  setAdviser(a: AdviserSnapshot): void {
    const previous = this.adviser;
    this.adviser = a;
    const hand = handMark(a);
    if (previous && previous.state === a.state && previous.initials === a.initials && handMark(previous) === hand) return;
    const style = stateStyles[a.state];
    this.person.alpha = style.away ? 0 : 1;
    this.disc.tint = stateTint[a.state];
    this.setRingTint(stateTint[a.state]);
    if (this.initials.text !== a.initials) this.initials.text = a.initials;
    this.initials.tint = inkTint[a.state];
    this.badge.texture = this.textures.badges[a.state];
    if (style.away) {
      this.badge.position.set(0, this.awayOffset);
      this.badge.scale.set(1.25 / textureScale);
    } else {
      this.badge.position.set(9.5, 9.5);
      this.badge.scale.set(1 / textureScale);
    }
    this.hand.alpha = hand === 'none' ? 0 : 1;
    if (hand !== 'none') this.hand.texture = hand === 'vip' ? this.textures.vipHand : this.textures.hand;
    this.shownRing = Number.NaN;
  }

  /** Returns true when the ring's picture changed. */
  setRing(time: number): boolean {
    const a = this.adviser;
    if (!a || stateStyles[a.state].away) return false;
    const ring = ringState(a, time);
    const key = ringKey(ring);
    if (key === this.shownRing) return false;
    this.shownRing = key;
    this.ring.texture = this.textures.rings[ring.step];
    this.setRingTint(ring.overdue ? alertTint : stateTint[a.state]);
    return true;
  }

  private setRingTint(tint: number): void {
    if (tint === this.ringTint) return;
    this.ringTint = tint;
    this.ring.tint = tint;
  }

  setSelected(selected: boolean): void {
    this.selection.alpha = selected ? 1 : 0;
  }
}

export class MarkerLayer {
  readonly container = new Container();
  private readonly markers: Marker[];
  private selected = -1;

  constructor(seats: readonly Seat[], textures: MarkerTextures) {
    // Its own render group: the wallboard text changing every snapshot then rebuilds only the (tiny) parent group.
    this.container.isRenderGroup = true;
    this.markers = seats.map((seat) => new Marker(seat, textures));
    for (const m of this.markers) this.container.addChild(m.root);
  }

  get count(): number {
    return this.markers.length;
  }

  /** Returns the number of markers that changed (0: nothing to redraw). */
  update(advisers: readonly AdviserSnapshot[], time: number): number {
    let changed = 0;
    const n = Math.min(advisers.length, this.markers.length);
    for (let i = 0; i < n; i++) {
      const m = this.markers[i];
      const a = advisers[i];
      let touched = false;
      if (a !== m.adviser) {
        m.setAdviser(a);
        touched = true;
      }
      if (m.setRing(time)) touched = true;
      if (touched) changed++;
    }
    return changed;
  }

  select(index: number): boolean {
    if (index === this.selected) return false;
    if (this.selected >= 0) this.markers[this.selected]?.setSelected(false);
    this.selected = index;
    if (index >= 0) this.markers[index]?.setSelected(true);
    return true;
  }
}
