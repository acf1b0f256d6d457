/** How the lab writes an estimate: "82.4% ± 1.3%" (the mean and the half-width of its 95 % interval). */
import type { Estimate } from '../../sim/kpi/replications';
import type { Lang } from '../i18n';
import { formatPercent } from '../i18n/format';

export function pctCi(e: Estimate | undefined, lang: Lang): string {
  if (!e || e.mean === null) return '–';
  return e.ci95 === null ? formatPercent(e.mean, lang) : `${formatPercent(e.mean, lang)} ± ${formatPercent(e.ci95, lang)}`;
}
