/** The adviser card's plan: shift, planned breaks with what really happened, and adherence. */
import type { AdviserSnapshot } from '../../sim/snapshot';
import { formatPercent, formatTimeOfDay } from '../i18n/format';
import { useT, useUi } from '../app/context';
import { adherence, breakStatus } from '../store/schedule';

export function AdviserSchedule({ adviser, time, dayStart }: { adviser: AdviserSnapshot; time: number; dayStart: number }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { schedule } = adviser;
  const clock = (at: number) => formatTimeOfDay(dayStart + at);
  const score = adherence(schedule, time);
  return (
    <div className="card-schedule" data-testid="adviser-schedule">
      <div>
        {t('schedule.shift', { from: clock(schedule.shiftStart), to: clock(schedule.shiftEnd) })}
        <span className="muted" title={t('schedule.adherence.help')}>
          {' · '}
          {t('schedule.adherence', { value: score === null ? '—' : formatPercent(score, lang, 0) })}
        </span>
      </div>
      {schedule.breaks.length === 0 ? (
        <div className="muted">{t('schedule.noBreaks')}</div>
      ) : (
        <ul className="break-list">
          {schedule.breaks.map((b) => {
            const status = breakStatus(b, time);
            const late = b.startedAt !== null ? Math.round((b.startedAt - b.at) / 60) : 0;
            return (
              <li key={`${b.kind}-${b.at}`} data-status={status}>
                <strong>{clock(b.at)}</strong> {t(`schedule.${b.kind}`, { minutes: b.minutes })} —{' '}
                {t(`schedule.status.${status}`, {
                  from: b.startedAt !== null ? clock(b.startedAt) : '',
                  to: b.endedAt !== null ? clock(b.endedAt) : '',
                })}
                {late > 0 ? <span className="muted"> {t('schedule.late', { minutes: late })}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
