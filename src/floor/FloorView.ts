/**
 * The open space: a Canvas 2D static layer (room, desks; repainted only on a
 * camera or language change) under a transparent PixiJS 8 canvas holding the
 * dynamic layer (adviser markers, wallboard text). Subscribes to the stores;
 * renders on demand (after a snapshot, a zoom or a pan), never in a
 * free-running loop, so a software WebGL renderer stays usable. Hover shows a
 * tooltip, a click selects the adviser and opens the card, a right-click opens
 * the adviser's actions menu; skill chips dropped on a marker are resolved with
 * `adviserAt`. Beside the supervisor's desk: what the supervisor is doing.
 */
import { Application, Container } from 'pixi.js';
import type { AdviserSnapshot, Snapshot } from '../../sim/snapshot';
import { translate, type MessageKey, type Params } from '../i18n';
import { formatDuration, formatPercent } from '../i18n/format';
import { supervisorText } from '../store/supervisorText';
import type { SimStore } from '../store/simStore';
import type { UiStore } from '../store/uiStore';
import { fitView, toWorld, zoomAt, type View } from './camera';
import { layoutFloor, seatAt, type FloorLayout } from './layout';
import { MarkerLayer } from './markers';
import { paintStaticLayer } from './staticLayer';
import { createMarkerTextures, type MarkerTextures } from './textures';
import { SupervisorLabel } from './supervisorLabel';
import { Wallboard } from './wallboard';

export class FloorView {
  private readonly world = new Container();
  private layout: FloorLayout | null = null;
  private wallboard: Wallboard | null = null;
  private supervisorLabel: SupervisorLabel | null = null;
  private readonly staticCanvas = document.createElement('canvas');
  private staticDirty = true;
  private markers: MarkerLayer | null = null;
  private textures: MarkerTextures | null = null;
  private view: View = { scale: 1, x: 0, y: 0 };
  /** Follow the viewport size until the user zooms or pans. */
  private autoFit = true;
  private frame = 0;
  private hover = -1;
  private pointer: { x: number; y: number; id: number; moved: boolean } | null = null;
  private readonly cleanups: (() => void)[] = [];

  private constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
    private readonly tooltip: HTMLElement,
    private readonly sim: SimStore,
    private readonly ui: UiStore,
  ) {}

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
    this.staticCanvas.className = 'floor-static';
    this.staticCanvas.setAttribute('aria-hidden', 'true');
    this.host.prepend(this.staticCanvas, canvas);
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
    const snapshot = this.sim.getState().snapshot;
    if (snapshot) this.onSnapshot(snapshot);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    for (const c of this.cleanups) c();
    this.textures?.destroy();
    this.staticCanvas.remove();
    this.app.destroy({ removeView: true }, { children: true, texture: true, textureSource: true });
  }

  private rebuild(count: number): void {
    this.world.removeChildren().forEach((c) => c.destroy({ children: true }));
    this.layout = layoutFloor(count);
    this.wallboard = new Wallboard(this.layout.wallboard);
    this.supervisorLabel = new SupervisorLabel(this.layout.supervisor);
    this.markers = new MarkerLayer(this.layout.seats, this.textures!);
    this.world.addChild(this.markers.container, this.wallboard.text, this.supervisorLabel.text);
    this.autoFit = true;
    this.fit();
    this.relabel(false);
    this.select(false);
  }

  private onSnapshot(s: Snapshot): void {
    if (!this.markers || this.markers.count !== s.advisers.length) this.rebuild(s.advisers.length);
    const changed = this.markers!.update(s.advisers, s.time);
    const boardChanged = this.updateWallboard(s);
    const supervisorChanged = this.updateSupervisor(s);
    if (this.hover >= 0) this.showTooltip();
    if (changed > 0 || boardChanged || supervisorChanged || this.staticDirty) this.renderNow();
  }

  private updateWallboard(s: Snapshot): boolean {
    const lang = this.ui.getState().lang;
    const c = s.channels[0];
    if (!c || !this.wallboard) return false;
    const queue = s.channels.reduce((n, ch) => n + ch.queueLength, 0);
    const wait = Math.max(...s.channels.map((ch) => ch.longestWait));
    const text = translate(lang, 'floor.wallboard', { sl: formatPercent(c.today.serviceLevel, lang), queue, wait: formatDuration(wait) });
    const alert = (c.today.serviceLevel !== null && c.today.serviceLevel < c.target) || wait > c.thresholdSeconds;
    return this.wallboard.set(text, alert);
  }

  private updateSupervisor(s: Snapshot): boolean {
    if (!this.supervisorLabel || !s.supervisor) return false;
    const lang = this.ui.getState().lang;
    const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
    return this.supervisorLabel.set(supervisorText(s.supervisor, s.advisers, s.clockSeconds - s.time, t), s.supervisor.state !== 'available');
  }

  private relabel(render = true): void {
    this.staticDirty = true;
    const s = this.sim.getState().snapshot;
    if (s) {
      this.updateWallboard(s);
      this.updateSupervisor(s);
    }
    if (render) this.renderNow();
  }

  private select(render = true): void {
    const id = this.ui.getState().selectedAdviserId;
    const advisers = this.sim.getState().snapshot?.advisers ?? [];
    const index = id === null ? -1 : advisers.findIndex((a) => a.id === id);
    if (this.markers?.select(index) && render) this.renderNow();
  }

  private fit(): void {
    if (!this.layout) return;
    this.view = fitView(this.layout.width, this.layout.height, this.app.screen.width, this.app.screen.height);
    this.applyView();
  }

  private resize(): void {
    const w = Math.max(1, this.host.clientWidth);
    const h = Math.max(1, this.host.clientHeight);
    if (w === this.app.screen.width && h === this.app.screen.height) return;
    this.app.renderer.resize(w, h);
    if (this.autoFit) this.fit();
    this.renderNow();
  }

  private applyView(): void {
    this.world.scale.set(this.view.scale);
    this.world.position.set(this.view.x, this.view.y);
    this.staticDirty = true;
  }

  private paintStatic(): void {
    if (!this.layout) return;
    const ratio = this.app.renderer.resolution;
    const w = Math.round(this.app.screen.width * ratio);
    const h = Math.round(this.app.screen.height * ratio);
    if (this.staticCanvas.width !== w || this.staticCanvas.height !== h) {
      this.staticCanvas.width = w;
      this.staticCanvas.height = h;
      this.staticCanvas.style.width = `${this.app.screen.width}px`;
      this.staticCanvas.style.height = `${this.app.screen.height}px`;
    }
    const lang = this.ui.getState().lang;
    paintStaticLayer(this.staticCanvas, this.layout, this.view, {
      team: (n) => translate(lang, 'floor.team', { n }),
      neighbours: translate(lang, 'floor.neighbours'),
      supervisor: translate(lang, 'floor.supervisor'),
    }, ratio);
    this.staticDirty = false;
  }

  private renderNow(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.staticDirty) this.paintStatic();
    this.app.render();
  }

  private renderSoon(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.renderNow());
  }

  private local(e: MouseEvent): { x: number; y: number } {
    const r = this.app.canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  private onWheel(e: WheelEvent): void {
    if (!this.layout) return;
    e.preventDefault();
    const p = this.local(e);
    const fit = fitView(this.layout.width, this.layout.height, this.app.screen.width, this.app.screen.height).scale;
    this.view = zoomAt(this.view, Math.exp(-e.deltaY * 0.0015), p.x, p.y, fit * 0.6, Math.max(4, fit * 2));
    this.autoFit = false;
    this.applyView();
    this.renderSoon();
  }

  private onPointerDown(e: PointerEvent): void {
    // Right button: the context menu, not a click or a pan.
    if (e.button !== 0) return;
    const p = this.local(e);
    this.pointer = { ...p, id: e.pointerId, moved: false };
    this.app.canvas.setPointerCapture(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.local(e);
    const drag = this.pointer;
    if (drag && drag.id === e.pointerId) {
      const dx = p.x - drag.x;
      const dy = p.y - drag.y;
      if (drag.moved || Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        this.view = { ...this.view, x: this.view.x + dx, y: this.view.y + dy };
        drag.x = p.x;
        drag.y = p.y;
        this.autoFit = false;
        this.applyView();
        this.renderSoon();
        this.setHover(-1);
        return;
      }
    }
    this.setHover(this.hitTest(p.x, p.y));
    this.tooltip.style.left = `${p.x + 14}px`;
    this.tooltip.style.top = `${p.y + 14}px`;
  }

  private onPointerUp(e: PointerEvent): void {
    const drag = this.pointer;
    this.pointer = null;
    if (!drag || drag.moved) return;
    const p = this.local(e);
    const index = this.hitTest(p.x, p.y);
    const adviser = this.sim.getState().snapshot?.advisers[index];
    if (adviser) this.ui.setState({ selectedAdviserId: adviser.id, cardOpen: true });
  }

  private onContextMenu(e: MouseEvent): void {
    e.preventDefault();
    const p = this.local(e);
    const adviser = this.sim.getState().snapshot?.advisers[this.hitTest(p.x, p.y)];
    if (!adviser) return;
    this.setHover(-1);
    this.ui.setState({ selectedAdviserId: adviser.id, menu: { adviserId: adviser.id, x: e.clientX, y: e.clientY } });
  }

  /** The adviser whose marker is under a page point (client pixels), e.g. where a skill chip was dropped. */
  adviserAt(clientX: number, clientY: number): AdviserSnapshot | undefined {
    const r = this.app.canvas.getBoundingClientRect();
    return this.sim.getState().snapshot?.advisers[this.hitTest(clientX - r.left, clientY - r.top)];
  }

  /** Hover feedback while something is dragged over the floor (null: the drag left). */
  dragOver(client: { x: number; y: number } | null): boolean {
    if (!client) {
      this.setHover(-1);
      return false;
    }
    const r = this.app.canvas.getBoundingClientRect();
    const p = { x: client.x - r.left, y: client.y - r.top };
    const index = this.hitTest(p.x, p.y);
    this.setHover(index);
    this.tooltip.style.left = `${p.x + 14}px`;
    this.tooltip.style.top = `${p.y + 14}px`;
    return index >= 0;
  }

  private hitTest(px: number, py: number): number {
    if (!this.layout) return -1;
    const w = toWorld(this.view, px, py);
    return seatAt(this.layout.seats, w.x, w.y);
  }

  private setHover(index: number): void {
    this.hover = index;
    this.app.canvas.style.cursor = index >= 0 ? 'pointer' : this.pointer ? 'grabbing' : 'grab';
    this.showTooltip();
  }

  private showTooltip(): void {
    const s = this.sim.getState().snapshot;
    const a = this.hover >= 0 ? s?.advisers[this.hover] : undefined;
    if (!s || !a) {
      this.tooltip.hidden = true;
      return;
    }
    const lang = this.ui.getState().lang;
    this.tooltip.textContent = translate(lang, 'floor.tooltip', {
      name: a.name,
      state: translate(lang, `state.${a.state}`),
      duration: formatDuration(s.time - a.stateSince),
    });
    this.tooltip.hidden = false;
  }
}
