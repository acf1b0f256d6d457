/**
 * React host for the PixiJS open space (the view itself lives outside React),
 * with the skill palette (drop a chip on a marker). What else floats over the
 * floor (raised hands, notices) is given by the layout as `children`, so the
 * floor knows nothing of the panels.
 */
import { useEffect, useRef, type DragEvent, type ReactNode } from 'react';
import { useConsole, useSim, useT } from '../app/context';
import { skillMime, useGiveSkill } from '../app/useActions';
import { FloorView } from './FloorView';
import { SkillPalette } from './SkillPalette';

export function FloorCanvas({ children }: { children?: ReactNode }) {
  const t = useT();
  const { sim, ui } = useConsole();
  const host = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const view = useRef<FloorView | null>(null);
  const count = useSim((s) => s.snapshot?.advisers.length ?? 0);
  const give = useGiveSkill();

  useEffect(() => {
    let cancelled = false;
    FloorView.create(host.current!, tooltip.current!, sim, ui)
      .then((v) => {
        if (cancelled) v.destroy();
        else view.current = v;
      })
      .catch((error: unknown) => console.error('floor: renderer failed to start', error));
    return () => {
      cancelled = true;
      view.current?.destroy();
      view.current = null;
    };
  }, [sim, ui]);

  const isSkill = (e: DragEvent) => e.dataTransfer.types.includes(skillMime);
  const onDragOver = (e: DragEvent) => {
    if (!isSkill(e)) return;
    const over = view.current?.dragOver({ x: e.clientX, y: e.clientY }) ?? false;
    if (over) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (e: DragEvent) => {
    if (!isSkill(e)) return;
    e.preventDefault();
    view.current?.dragOver(null);
    const adviser = view.current?.adviserAt(e.clientX, e.clientY);
    const channelId = e.dataTransfer.getData(skillMime);
    if (adviser && channelId) give(adviser, channelId);
  };

  return (
    <section className="floor" aria-label={t('floor.label', { count })}>
      <div
        className="floor-host"
        ref={host}
        data-testid="floor-canvas"
        role="img"
        aria-label={t('floor.label', { count })}
        onDragOver={onDragOver}
        onDragLeave={() => view.current?.dragOver(null)}
        onDrop={onDrop}
      >
        <div className="floor-tooltip" ref={tooltip} hidden role="tooltip" />
      </div>
      <SkillPalette />
      {children}
      <div className="floor-hint">{t('floor.hint')}</div>
    </section>
  );
}
