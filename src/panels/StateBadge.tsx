/** An adviser state as colour chip + icon + label (never colour alone). */
import { memo } from 'react';
import type { AdviserStateName } from '../../sim/snapshot';
import { stateStyles } from '../theme/stateStyle';
import { useT } from '../app/context';
import { Icon } from './StateIcon';

/** Memoised: one per row of the adviser list, whose rows re-render with the clock. */
export const StateBadge = memo(function StateBadge({ state }: { state: AdviserStateName }) {
  const t = useT();
  const s = stateStyles[state];
  return (
    <span className="state-badge" data-state={state} style={{ ['--state' as string]: s.colour, ['--ink' as string]: s.ink }}>
      <span className="state-chip">
        <Icon name={s.icon} colour={s.ink} size={12} />
      </span>
      {t(`state.${state}`)}
    </span>
  );
});
