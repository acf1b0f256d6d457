/**
 * A Monday-morning peak the planning under-forecast: the real arrivals run about
 * 30 % above the forecast from 08:30 to 11:00. The levers are callbacks, delaying
 * (not cancelling) breaks, calling in the late shift early and overtime.
 */
import { callbackOffer, callbackQueue, scenario, t, team, times, voiceLine, type LibraryEntry, type ProfileStep } from '../build';

const id = 'monday-morning-peak';
const planned: ProfileStep[] = [['08:00', 80], ['08:30', 95], ['09:00', 110], ['10:00', 115], ['11:00', 100], ['12:00', 85]];
const real: ProfileStep[] = [['08:00', 85], ['08:30', 120], ['09:00', 150], ['10:00', 155], ['11:00', 120], ['12:00', 90]];

export const mondayMorningPeak: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(10, { skills: { voice: 0.9, callback: 0.85 }, routingProfile: { voice: 1, callback: 2 } }),
      ...times(2, { skills: { voice: 0.85, callback: 0.85 }, shift: { start: '10:30', end: '13:00' }, routingProfile: { voice: 1, callback: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Lundi matin : le pic sous-estimé', 'Monday morning: the under-forecast peak'),
      briefing: t(
        "Lundi 7 décembre, 08:00–13:00, service clients d'un fournisseur d'énergie, lendemain de l'envoi des factures de régularisation. Le planning a été construit sur une prévision de 110 à 115 appels par heure au plus fort ; en réalité le pic dépasse 150 appels par heure de 09:00 à 11:00 (comparez le volume à la prévision dans le tableau de bord dès 08:30). Vous avez 10 conseillers dès 08:00 et 2 qui n'arrivent qu'à 10:30 (a11, a12) : vous pouvez les faire venir plus tôt. Au-delà de 90 s d'attente estimée, le serveur vocal propose un rappel dans l'heure. Objectifs : 80 % des appels en 20 s, 90 % des rappels dans l'heure, moins de 5 % d'abandons. Surveillez le respect des pauses : décaler une pause est possible, la supprimer vous expose à une infraction. Une réclamation VIP est attendue en fin de matinée.",
        "Monday 7 December, 08:00–13:00, an energy supplier's customer service, the day after the annual adjustment bills went out. The schedule was built on a forecast of 110 to 115 calls an hour at the peak; in fact the peak tops 150 calls an hour from 09:00 to 11:00 (compare volume with the forecast on the dashboard from 08:30). You have 10 advisers from 08:00 and 2 who only start at 10:30 (a11, a12): you can call them in earlier. Past an estimated 90 s wait the IVR offers a callback within the hour. Targets: 80% of calls within 20 s, 90% of callbacks within the hour, under 5% abandons. Keep the break rules: delaying a break is possible, cancelling one risks a breach. A VIP complaint is expected late in the morning.",
      ),
      seed: 20261207,
      date: '2026-12-07',
      clock: { start: '08:00', end: '13:00' },
      channels: [voiceLine({ steps: real, extra: callbackOffer(90) }), callbackQueue()],
      forecastSteps: { voice: planned },
      team: advisers,
      events: [{ type: 'vipComplaint', at: '11:40', channelId: 'voice' }],
      weights: { resources: 0.5, people: 0.25, improvement: 0.25 },
    });
  },
};
