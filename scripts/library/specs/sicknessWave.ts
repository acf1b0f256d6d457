/**
 * A sickness wave: four advisers call in sick across the morning. Recording each
 * absence, re-planning breaks, calling in the part-timer who is off this
 * morning and asking for overtime are the levers; cancelling breaks is not one.
 */
import { callbackOffer, callbackQueue, nameOf, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'sickness-wave';

export const sicknessWave: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(11, { skills: { voice: 0.9, callback: 0.85 }, routingProfile: { voice: 1, callback: 2 } }),
      { skills: { voice: 0.9, callback: 0.85 }, shift: { start: '11:00', end: '14:00' } },
    ]);
    const sick = ['a04', 'a09', 'a02', 'a07'].map((a) => `${nameOf(advisers, a)} (${a})`);
    return scenario({
      id,
      purpose: 'training',
      title: t('Vague de grippe : quatre absences dans la matinée', 'Flu wave: four absences in one morning'),
      briefing: t(
        `Jeudi, 08:00–14:00, service clients d'un transporteur de colis, en pleine épidémie de grippe. ${sick[0]} se déclare malade à 08:05 ; suivront ${sick[1]} à 08:50, ${sick[2]} à 10:10 et ${sick[3]} à 11:20. ${nameOf(advisers, 'a12')} (a12), à temps partiel, ne commence qu'à 11:00 : vous pouvez l'appeler plus tôt (45 minutes pour arriver, heures majorées de 25 %). Enregistrez chaque absence dans la demi-heure pour le rapport de fin de poste, proposez des heures supplémentaires aux conseillers qui le peuvent, et gardez l'offre de rappel (au-delà de 90 s d'attente estimée) pour lisser la charge. Objectifs : 80 % des appels en 20 s, moins de 5 % d'abandons, 90 % des rappels dans l'heure. Sous pression, l'équipe fatigue : pas de pause supprimée.`,
        `Thursday, 08:00–14:00, a parcel carrier's customer service in the middle of a flu epidemic. ${sick[0]} calls at 08:05 to say they will not come; ${sick[1]} follows at 08:50, ${sick[2]} at 10:10 and ${sick[3]} at 11:20. ${nameOf(advisers, 'a12')} (a12), part-time, only starts at 11:00: you can call them in earlier (45 minutes to arrive, hours paid +25%). Record each absence within half an hour for the end-of-shift report, offer overtime to advisers who can take it, and keep the callback offer (past an estimated 90 s wait) to smooth the load. Targets: 80% of calls within 20 s, under 5% abandons, 90% of callbacks within the hour. Under pressure the team tires: no cancelled breaks.`,
      ),
      seed: 20261210,
      clock: { start: '08:00', end: '14:00' },
      channels: [
        voiceLine({ steps: [['08:00', 55], ['08:30', 70], ['09:00', 85], ['10:00', 90], ['11:00', 80], ['12:00', 60], ['13:00', 55]], extra: callbackOffer(90) }),
        callbackQueue(),
      ],
      team: advisers,
      events: [
        { type: 'absence', at: '08:05', adviserId: 'a04' },
        { type: 'absence', at: '08:50', adviserId: 'a09' },
        { type: 'absence', at: '10:10', adviserId: 'a02' },
        { type: 'absence', at: '11:20', adviserId: 'a07' },
      ],
      weights: { resources: 0.35, people: 0.4, improvement: 0.25 },
    });
  },
};
