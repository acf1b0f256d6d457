/** An alert's "what happened" and "which lever" sentences in the current language. */
import { channelName, type Lang, type Translate } from '../i18n';
import { formatDuration, formatPercent } from '../i18n/format';
import type { Alert } from '../store/alerts';
import type { ScenarioSummary } from '../worker/protocol';

export function alertText(alert: Alert, t: Translate, lang: Lang, scenario: ScenarioSummary | null): { what: string; lever: string } {
  const seconds = alert.kind === 'longestWait' || alert.kind === 'longHold' || alert.kind === 'longWrapUp';
  const fmt = (v: number) => (seconds ? formatDuration(v) : formatPercent(v, lang));
  const channel = channelName(scenario?.channels.find((c) => c.id === alert.channelId), lang, alert.channelId ?? '');
  return {
    what: t(`alert.${alert.kind}.what`, { channel, name: alert.adviserName ?? '', value: fmt(alert.value), limit: fmt(alert.limit) }),
    lever: t(`alert.${alert.kind}.lever`),
  };
}
