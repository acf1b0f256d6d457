/**
 * A quality day: the centre's NF 345 audit is next week. Four advisers'
 * resolution and quality have slipped; listen-ins reveal who, coaching lifts
 * them, and the quality grid is what the improvement block weighs.
 */
import { scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'quality-day';

export const qualityDay: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(3, { skills: { voice: 0.95 } }),
      ...times(2, { skills: { voice: 0.65 } }),
      ...times(3, { skills: { voice: 0.9 } }),
      ...times(2, { skills: { voice: 0.6 } }),
      ...times(2, { skills: { voice: 0.85 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Journée qualité : écoutes et grille d’évaluation', 'Quality day: listen-ins and the evaluation grid'),
      briefing: t(
        "Mardi, 08:00–13:00, service clients d'un fournisseur d'eau, une semaine avant l'audit de certification NF 345 (NF EN ISO 18295-1). Les réclamations et les rappels de clients mal renseignés ont augmenté ce mois-ci : quatre conseillers, que vous ne connaissez pas encore, résolvent nettement moins au premier contact. Les appels restent raisonnables (85 à 120 par heure), ce qui laisse le temps d'écouter. Écoutez au moins trois conseillers différents (écoute annoncée, occasionnelle, tracée : CNIL, conservation 6 mois au plus) pour trouver qui a besoin d'aide, puis coachez-les aux heures calmes ; deux réclamations VIP sont attendues. Objectifs : 80 % des appels en 20 s, moins de 5 % d'abandons, note qualité et résolution au premier contact au-dessus de la journée sans action.",
        "Tuesday, 08:00–13:00, a water utility's customer service, one week before the NF 345 certification audit (NF EN ISO 18295-1). Complaints and repeat calls from badly informed customers rose this month: four advisers, whom you do not know yet, resolve clearly less at first contact. Calls stay reasonable (85 to 120 an hour), which leaves time to listen. Listen in on at least three different advisers (announced, occasional and logged: CNIL, kept 6 months at most) to find who needs help, then coach them in quiet hours; two VIP complaints are expected. Targets: 80% of calls within 20 s, under 5% abandons, quality score and first-contact resolution above the day with no action.",
      ),
      seed: 20261213,
      clock: { start: '08:00', end: '13:00' },
      channels: [
        voiceLine({
          steps: [['08:00', 85], ['08:30', 100], ['09:00', 115], ['10:00', 120], ['11:00', 105], ['12:00', 90]],
          extra: { fcr: 0.85, repeatDelay: { dist: 'exponential', mean: 5400 }, difficultShare: 0.08 },
        }),
      ],
      team: advisers,
      events: [
        { type: 'vipComplaint', at: '09:40', channelId: 'voice' },
        { type: 'vipComplaint', at: '11:55', channelId: 'voice' },
      ],
      weights: { resources: 0.25, people: 0.3, improvement: 0.45 },
    });
  },
};
