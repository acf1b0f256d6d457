/**
 * What a campaign day carries over to the next morning: per queue, the emails still
 * waiting, the callbacks promised, the customers who will call again; per adviser,
 * fatigue from morning to evening and the evening's mood (DOMAIN.md §7).
 */
import type { DayResult } from '../../sim/index';
import { channelName } from '../i18n';
import { formatNumber, formatPercent } from '../i18n/format';
import { useSim, useT, useUi } from '../app/context';

type Counts = DayResult['carriedOut'];

/** The queues with anything carried, and what: emails (or other deferred work), callbacks, retrials. */
export function carriedRows(carried: Counts): { channelId: string; emails: number; callbacks: number; retrials: number }[] {
  const ids = [...new Set([...Object.keys(carried.email), ...Object.keys(carried.callback), ...Object.keys(carried.retrials)])];
  return ids
    .map((channelId) => ({ channelId, emails: carried.email[channelId] ?? 0, callbacks: carried.callback[channelId] ?? 0, retrials: carried.retrials[channelId] ?? 0 }))
    .filter((r) => r.emails + r.callbacks + r.retrials > 0);
}

/** Totals over the queues (the summary's "left in the evening"). */
export function carriedTotals(carried: Counts): { emails: number; callbacks: number; retrials: number } {
  const sum = (m: Readonly<Record<string, number>>) => Object.values(m).reduce((a, b) => a + b, 0);
  return { emails: sum(carried.email), callbacks: sum(carried.callback), retrials: sum(carried.retrials) };
}

export function CarryOver({ day }: { day: DayResult }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const channels = useSim((s) => s.scenario?.channels);
  const advisers = useSim((s) => s.snapshot?.advisers);
  const nameOf = (id: string) => advisers?.find((a) => a.id === id)?.name ?? id;
  const queue = (id: string) => channelName(channels?.find((c) => c.id === id), lang, id);
  const rows = carriedRows(day.carriedOut);
  return (
    <section className="debrief-section day-carry" data-testid="day-carry">
      <h3>{t('campaign.carry.title')}</h3>
      <p className="muted small">{t('campaign.carry.help')}</p>
      {rows.length === 0 ? (
        <p>{t('campaign.carry.nothing')}</p>
      ) : (
        <table className="dash-table campaign-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.carry.queue')}</th>
              <th scope="col">{t('campaign.carry.emails')}</th>
              <th scope="col">{t('campaign.carry.callbacks')}</th>
              <th scope="col">{t('campaign.carry.retrials')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.channelId} data-testid="carry-row" data-channel={r.channelId}>
                <td>{queue(r.channelId)}</td>
                <td>{formatNumber(r.emails, lang)}</td>
                <td>{formatNumber(r.callbacks, lang)}</td>
                <td>{formatNumber(r.retrials, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {day.advisers.length > 0 ? (
        <table className="dash-table campaign-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.carry.adviser')}</th>
              <th scope="col">{t('campaign.carry.fatigue')}</th>
              <th scope="col">{t('campaign.carry.mood')}</th>
            </tr>
          </thead>
          <tbody>
            {day.advisers.map((a) => (
              <tr key={a.id}>
                <td>{nameOf(a.id)}</td>
                <td>{`${formatPercent(a.fatigueIn, lang, 0)} → ${formatPercent(a.fatigueOut, lang, 0)}`}</td>
                <td>{formatPercent(a.mood, lang, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
