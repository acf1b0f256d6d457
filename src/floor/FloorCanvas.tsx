/** React host for the PixiJS open space (the view itself lives outside React). */
import { useEffect, useRef } from 'react';
import { useConsole, useSim, useT } from '../panels/context';
import { FloorView } from './FloorView';

export function FloorCanvas() {
  const t = useT();
  const { sim, ui } = useConsole();
  const host = useRef<HTMLDivElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const count = useSim((s) => s.snapshot?.advisers.length ?? 0);

  useEffect(() => {
    let view: FloorView | null = null;
    let cancelled = false;
    FloorView.create(host.current!, tooltip.current!, sim, ui)
      .then((v) => {
        if (cancelled) v.destroy();
        else view = v;
      })
      .catch((error: unknown) => console.error('floor: renderer failed to start', error));
    return () => {
      cancelled = true;
      view?.destroy();
    };
  }, [sim, ui]);

  return (
    <section className="floor" aria-label={t('floor.label', { count })}>
      <div className="floor-host" ref={host} data-testid="floor-canvas" role="img" aria-label={t('floor.label', { count })}>
        <div className="floor-tooltip" ref={tooltip} hidden role="tooltip" />
      </div>
      <div className="floor-hint">{t('floor.hint')}</div>
    </section>
  );
}
