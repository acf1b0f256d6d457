/**
 * Exam: an incident morning on a voice line with self-service and a callback
 * offer. The surge and a system slowdown come together; the IVR message, the
 * briefing and the callbacks promised are what keep the day in hand.
 */
import { callbackOffer, callbackQueue, nameOf, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'exam-incident-callback';
const clock = { start: '08:00', end: '13:00' };

export const examIncidentCallback: LibraryEntry = {
  file: `scenarios/exam/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(11, { skills: { voice: 0.9, callback: 0.85 }, routingProfile: { voice: 1, callback: 2 } }),
      { skills: { voice: 0.35, callback: 0.3 }, newHire: true },
    ]);
    const hire = nameOf(advisers, 'a12');
    const sick = nameOf(advisers, 'a03');
    return scenario({
      id,
      purpose: 'exam',
      title: t('Examen : journée d’incident avec rappels', 'Exam: incident day with callbacks'),
      briefing: t(
        `Épreuve standardisée, identique pour chaque candidat (même graine, mêmes clients). Lundi, 08:00–13:00, au service clients d'une banque en ligne : 12 conseillers sur la ligne clients et les rappels promis, dont ${hire} (a12), nouvelle recrue. Le serveur vocal traite seul 6 % des appels ; au-delà de 90 s d'attente estimée, il propose un rappel sous une heure. À 09:30 une panne des paiements par carte déclenche un afflux d'appels pendant 90 minutes, et l'outil de gestion ralentit pendant la première demi-heure ; ${sick} (a03) se déclare malade à 10:30 ; une réclamation VIP arrive à 12:00. Objectifs : 80 % des appels en 20 s, 90 % des rappels dans l'heure, moins de 5 % d'abandons, aucune infraction aux règles de pause. Vos actions sont enregistrées ; le fichier de résultat est vérifié par rejeu.`,
        `Standardised exam, identical for every candidate (same seed, same customers). Monday, 08:00–13:00, at an online bank's customer service: 12 advisers on the customer line and the promised callbacks, among them ${hire} (a12), a new hire. The IVR serves 6% of callers on its own; past an estimated 90 s wait it offers a callback within the hour. At 09:30 a card-payment outage brings a flood of calls for 90 minutes, and the CRM slows down for the first half hour; ${sick} (a03) calls in sick at 10:30; a VIP complaint comes in at 12:00. Targets: 80% of calls within 20 s, 90% of callbacks within the hour, under 5% abandons, no breach of the break rules. Your actions are logged; the result file is verified by replay.`,
      ),
      seed: 616161,
      clock,
      channels: [
        voiceLine({
          steps: [['08:00', 65], ['08:30', 75], ['09:00', 85], ['09:30', 115], ['10:00', 120], ['11:00', 105], ['12:00', 85]],
          extra: { ivr: { deflection: 0.06 }, ...callbackOffer(90) },
        }),
        callbackQueue(),
      ],
      team: advisers,
      events: [
        { type: 'incident', at: '09:30', minutes: 90, channelId: 'voice', surge: 1.4, label: t('Panne des paiements par carte', 'Card-payment outage') },
        { type: 'systemSlowdown', at: '09:30', minutes: 30, handleTimeFactor: 1.2, label: t('Outil de gestion ralenti', 'CRM slowdown') },
        { type: 'absence', at: '10:30', adviserId: 'a03' },
        { type: 'vipComplaint', at: '12:00', channelId: 'voice' },
      ],
      weights: { resources: 0.4, people: 0.3, improvement: 0.3 },
    });
  },
};
