/** An alert's sentences in the current language: what happened, the lever (a command), and the yellow/red rule. */
import { channelName, type Lang, type MessageKey, type Translate } from '../i18n';
import { formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { alertLimits, alertMinimums, type Alert, type AlertKind } from '../store/alerts';
import type { Limit } from '../store/alertLimits';
import type { ScenarioSummary } from '../worker/protocol';

/** A threshold or a measured value in its unit. */
export function formatLimit(value: number, unit: Limit['unit'], lang: Lang): string {
  switch (unit) {
    case 'share':
      return formatPercent(value, lang);
    case 'seconds':
      return formatDuration(Math.abs(value));
    case 'factor':
      return formatNumber(value, lang);
    case 'points':
      return formatNumber(value * 100, lang);
  }
}

const minimum: Partial<Record<AlertKind, number>> = {
  serviceLevel: alertMinimums.serviceLevelContacts,
  abandons: alertMinimums.abandonsOffered,
};

/** The rule the tooltip quotes: "yellow from 5.0%, red from 10.0%". */
export function alertRule(kind: AlertKind, t: Translate, lang: Lang): string {
  const limit: Limit = alertLimits[kind];
  return t(`alert.${kind}.rule`, {
    warning: formatLimit(limit.warning, limit.unit, lang),
    alert: formatLimit(limit.alert, limit.unit, lang),
    minimum: minimum[kind] ?? 0,
  });
}

export function alertText(alert: Alert, t: Translate, lang: Lang, scenario: ScenarioSummary | null): { what: string; lever: string; rule: string } {
  const unit: Limit['unit'] = alertLimits[alert.kind].unit === 'seconds' || alert.kind === 'longestWait' ? 'seconds' : 'share';
  const fmt = (v: number) => formatLimit(v, unit, lang);
  const channel = channelName(scenario?.channels.find((c) => c.id === alert.channelId), lang, alert.channelId ?? '');
  const overdue = alert.kind === 'emailDue' && (alert.count ?? 0) > 0;
  const whatKey: MessageKey = overdue ? 'alert.emailDue.overdue' : `alert.${alert.kind}.what`;
  return {
    what: t(whatKey, { channel, name: alert.adviserName ?? '', value: fmt(alert.value), limit: fmt(alert.limit), count: alert.count ?? 0 }),
    lever: t('alert.lever', { command: t(`action.${alert.lever}` as MessageKey), advice: t(`alert.${alert.kind}.lever`) }),
    rule: alertRule(alert.kind, t, lang),
  };
}
