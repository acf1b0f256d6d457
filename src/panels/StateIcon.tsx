/** A state or alert icon as inline SVG: the same paths the floor rasterises. */
import { memo } from 'react';
import { icons, type IconName, type IconPart } from '../theme/icons';

/** Memoised: its props are plain values, and lists and panels redraw it with every snapshot. */
export const Icon = memo(function Icon({ name, colour, size = 14, title }: { name: IconName; colour: string; size?: number; title?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden={title ? undefined : true} role={title ? 'img' : undefined} className="icon">
      {title ? <title>{title}</title> : null}
      {(icons[name] as readonly IconPart[]).map((p, i) =>
        p.stroke ? (
          <path key={i} d={p.d} fill="none" stroke={colour} strokeWidth={p.stroke} strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path key={i} d={p.d} fill={colour} />
        ),
      )}
    </svg>
  );
});
