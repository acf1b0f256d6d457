/**
 * The open space: a Canvas 2D static layer (room, desks; repainted only on a
 * camera or language change, staticLayer.ts) under a transparent PixiJS 8
 * canvas holding the dynamic layer (adviser markers, wallboard text).
 * Subscribes to the stores; renders on demand (after a snapshot, a zoom or a
 * pan), never in a free-running loop, so a software WebGL renderer stays
 * usable. Its systems: pan and zoom (panZoom.ts), hover and hit-testing
 * (hover.ts), markers (markers.ts), the words on the floor (floorText.ts).
 * A click selects the adviser and opens the card, a right-click opens the
 * adviser's actions menu; skill chips dropped on a marker are resolved with
 * `adviserAt`.
 */
import { Application, Container } from 'pixi.js';
import type { AdviserSnapshot, Snapshot } from '../../sim/snapshot';
import type { SimStore } from '../store/simStore';
import type { UiStore } from '../store/uiStore';
import { staticLabels, supervisorLine, wallboardLine } from './floorText';
import { Hover, hitTest } from './hover';
import { layoutFloor, type FloorLayout } from './layout';
import { MarkerLayer } from './markers';
import { PanZoom } from './panZoom';
import { StaticCanvas } from './staticLayer';
import { createMarkerTextures, type MarkerTextures } from './textures';
import { SupervisorLabel } from './supervisorLabel';
import { Wallboard } from './wallboard';

/** What is drawn for one adviser count: rebuilt only when the team size changes. */
interface Scene {
  readonly layout: FloorLayout;
  readonly markers: MarkerLayer;
  readonly wallboard: Wallboard;
  readonly supervisor: SupervisorLabel;
}

export class FloorView {
  private readonly world = new Container();
  private readonly backdrop = new StaticCanvas();
  private readonly camera: PanZoom;
  private readonly hover: Hover;
  private scene: Scene | null = null;
  private textures: MarkerTextures | null = null;
  private frame = 0;
  private readonly cleanups: (() => void)[] = [];

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
    tooltip: HTMLElement,
    private readonly sim: SimStore,
    private readonly ui: UiStore,
  ) {
    this.camera = new PanZoom((view) => {
      this.world.scale.set(view.scale);
      this.world.position.set(view.x, view.y);
      this.backdrop.dirty = true;
    });
    this.hover = new Hover(app.canvas, tooltip);
  }

  static async create(host: HTMLElement, tooltip: HTMLElement, sim: SimStore, ui: UiStore): Promise<FloorView> {
    const app = new Application();
    await app.init({
      width: Math.max(1, host.clientWidth),
      height: Math.max(1, host.clientHeight),
      // Transparent over the static layer. Markers are textured sprites (smooth by
      // filtering), so MSAA buys nothing and costs a lot on software renderers.
      backgroundAlpha: 0,
      antialias: false,
      preference: 'webgl',
      preserveDrawingBuffer: true,
      autoStart: false,
      sharedTicker: false,
      resolution: window.devicePixelRatio || 1,
      autoDensity: true,
    });
    app.stage.eventMode = 'none';
    const view = new FloorView(app, host, tooltip, sim, ui);
    view.attach();
    return view;
  }

  private attach(): void {
    const canvas = this.app.canvas;
    canvas.setAttribute('aria-hidden', 'true');
    canvas.className = 'floor-dynamic';
    this.host.prepend(this.backdrop.canvas, canvas);
    this.app.stage.addChild(this.world);
    this.textures = createMarkerTextures();

    const resize = new ResizeObserver(() => this.resize());
    resize.observe(this.host);
    this.cleanups.push(() => resize.disconnect());

    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions) => {
      canvas.addEventListener(type, fn as EventListener, options);
      this.cleanups.push(() => canvas.removeEventListener(type, fn as EventListener));
    };
    on('wheel', (e) => this.onWheel(e), { passive: false });
    on('pointerdown', (e) => this.onPointerDown(e));
    on('pointermove', (e) => this.onPointerMove(e));
    on('pointerup', (e) => this.onPointerUp(e));
    on('pointerleave', () => this.setHover(-1));
    on('contextmenu', (e) => this.onContextMenu(e));

    this.cleanups.push(
      this.sim.subscribe((s, prev) => {
        if (s.snapshot && s.snapshot !== prev.snapshot) this.onSnapshot(s.snapshot);
      }),
      this.ui.subscribe((s, prev) => {
        if (s.lang !== prev.lang) this.relabel();
        if (s.selectedAdviserId !== prev.selectedAdviserId) this.select();
      }),
    );
    const snapshot = this.snapshot();
    if (snapshot) this.onSnapshot(snapshot);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    for (const c of this.cleanups) c();
    this.textures?.destroy();
    this.backdrop.canvas.remove();
    this.app.destroy({ removeView: true }, { children: true, texture: true, textureSource: true });
  }

  private snapshot(): Snapshot | null {
    return this.sim.getState().snapshot;
  }

  private rebuild(count: number): Scene {
    this.world.removeChildren().forEach((c) => c.destroy({ children: true }));
    const layout = layoutFloor(count);
    const scene: Scene = {
      layout,
      markers: new MarkerLayer(layout.seats, this.textures!),
      wallboard: new Wallboard(layout.wallboard),
      supervisor: new SupervisorLabel(layout.supervisor),
    };
    this.scene = scene;
    this.world.addChild(scene.markers.container, scene.wallboard.text, scene.supervisor.text);
    this.camera.reset(layout, this.app.screen);
    this.relabel(false);
    this.select(false);
    return scene;
  }

  /** Markers first: the static layer and the scene's layout stay as they are for a snapshot of the same team. */
  private onSnapshot(s: Snapshot): void {
    const scene = this.scene && this.scene.markers.count === s.advisers.length ? this.scene : this.rebuild(s.advisers.length);
    const changed = scene.markers.update(s.advisers, s.time);
    const textChanged = this.updateText(s);
    if (this.hover.index >= 0) this.hover.refresh(s, this.ui.getState().lang);
    if (changed > 0 || textChanged || this.backdrop.dirty) this.renderNow();
  }

  /** Wallboard and supervisor lines; true when either picture changed. */
  private updateText(s: Snapshot): boolean {
    if (!this.scene) return false;
    const lang = this.ui.getState().lang;
    const board = wallboardLine(s, lang);
    const supervisor = supervisorLine(s, lang);
    const boardChanged = board ? this.scene.wallboard.set(board.text, board.alert) : false;
    const supervisorChanged = supervisor ? this.scene.supervisor.set(supervisor.text, supervisor.alert) : false;
    return boardChanged || supervisorChanged;
  }

  private relabel(render = true): void {
    this.backdrop.dirty = true;
    const s = this.snapshot();
    if (s) this.updateText(s);
    if (render) this.renderNow();
  }

  private select(render = true): void {
    const id = this.ui.getState().selectedAdviserId;
    const advisers = this.snapshot()?.advisers ?? [];
    const index = id === null ? -1 : advisers.findIndex((a) => a.id === id);
    if (this.scene?.markers.select(index) && render) this.renderNow();
  }

  private resize(): void {
    const w = Math.max(1, this.host.clientWidth);
    const h = Math.max(1, this.host.clientHeight);
    if (w === this.app.screen.width && h === this.app.screen.height) return;
    this.app.renderer.resize(w, h);
    this.camera.resized(this.scene?.layout ?? null, this.app.screen);
    this.renderNow();
  }

  private renderNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.backdrop.dirty && this.scene) {
      this.backdrop.paint(this.scene.layout, this.camera.view, staticLabels(this.ui.getState().lang), this.app.screen, this.app.renderer.resolution);
    }
    this.app.render();
  }

  private renderSoon(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.renderNow());
  }

  /** A page point (client pixels) in canvas pixels. */
  private local(clientX: number, clientY: number): { x: number; y: number } {
    const r = this.app.canvas.getBoundingClientRect();
    return { x: clientX - r.left, y: clientY - r.top };
  }

  private hit(p: { x: number; y: number }): number {
    return hitTest(this.scene?.layout ?? null, this.camera.view, p.x, p.y);
  }

  private setHover(index: number): void {
    this.hover.set(index, this.camera.pressed, this.snapshot(), this.ui.getState().lang);
  }

  private onWheel(e: WheelEvent): void {
    if (!this.scene) return;
    e.preventDefault();
    const p = this.local(e.clientX, e.clientY);
    this.camera.wheel(e.deltaY, p.x, p.y, this.scene.layout, this.app.screen);
    this.renderSoon();
  }

  private onPointerDown(e: PointerEvent): void {
    // Right button: the context menu, not a click or a pan.
    if (e.button !== 0) return;
    const p = this.local(e.clientX, e.clientY);
    this.camera.press(p.x, p.y, e.pointerId);
    this.app.canvas.setPointerCapture(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.local(e.clientX, e.clientY);
    if (this.camera.dragTo(p.x, p.y, e.pointerId)) {
      this.renderSoon();
      this.setHover(-1);
      return;
    }
    this.setHover(this.hit(p));
    this.hover.place(p.x, p.y);
  }

  private onPointerUp(e: PointerEvent): void {
    if (!this.camera.release()) return;
    const adviser = this.adviserAt(e.clientX, e.clientY);
    if (adviser) this.ui.setState({ selectedAdviserId: adviser.id, cardOpen: true });
  }

  private onContextMenu(e: MouseEvent): void {
    e.preventDefault();
    const adviser = this.adviserAt(e.clientX, e.clientY);
    if (!adviser) return;
    this.setHover(-1);
    this.ui.setState({ selectedAdviserId: adviser.id, menu: { adviserId: adviser.id, x: e.clientX, y: e.clientY } });
  }

  /** The adviser whose marker is under a page point (client pixels), e.g. where a skill chip was dropped. */
  adviserAt(clientX: number, clientY: number): AdviserSnapshot | undefined {
    return this.snapshot()?.advisers[this.hit(this.local(clientX, clientY))];
  }

  /** Hover feedback while something is dragged over the floor (null: the drag left). */
  dragOver(client: { x: number; y: number } | null): boolean {
    if (!client) {
      this.setHover(-1);
      return false;
    }
    const p = this.local(client.x, client.y);
    const index = this.hit(p);
    this.setHover(index);
    this.hover.place(p.x, p.y);
    return index >= 0;
  }
}
