/**
 * Exam: a multichannel afternoon with an outsourcer to overflow to. Voice is the
 * main queue (the incident and the IVR are about it); chat and email run beside
 * it, so moving people and opening the overflow while it pays are the levers.
 */
import { chatQueue, emailQueue, nameOf, outsourcer, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'exam-multichannel-afternoon';
const clock = { start: '13:00', end: '18:00' };

export const examMultichannelAfternoon: LibraryEntry = {
  file: `scenarios/exam/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(8, { skills: { voice: 0.9 } }),
      { skills: { voice: 0.85, email: 0.8 }, routingProfile: { voice: 1, email: 2 } },
      { skills: { chat: 0.9, voice: 0.7 }, routingProfile: { chat: 1, voice: 2 } },
      { skills: { chat: 0.85, email: 0.7 }, routingProfile: { chat: 1, email: 2 } },
      { skills: { voice: 0.35 }, newHire: true },
    ]);
    const hire = nameOf(advisers, 'a12');
    const sick = nameOf(advisers, 'a05');
    return scenario({
      id,
      purpose: 'exam',
      title: t('Examen : après-midi multicanal avec débordement', 'Exam: multichannel afternoon with overflow'),
      briefing: t(
        `Épreuve standardisée, identique pour chaque candidat (même graine, mêmes clients). Mercredi, 13:00–18:00, chez un opérateur de télécommunications : 12 conseillers sur la ligne clients, le chat et les e-mails, dont ${hire} (a12), nouvelle recrue. Les appels montent de 50 à 100 par heure jusqu'à 16:00. À 14:30, une panne de la box internet fait grimper les appels pendant plus d'une heure ; ${sick} (a05) se déclare malade à 15:05 ; une réclamation VIP arrive à 16:45. Le Prestataire Atlantique peut prendre les appels et chats qui attendent plus de 45 s, à 6,50 € le contact (budget 400 €) : ouvrez-le quand la file en a besoin, refermez-le ensuite. Objectifs : voix 80 % en 20 s, chat 80 % en 60 s, e-mails 90 % sous 8 heures ouvrées, moins de 5 % d'abandons, aucune infraction aux règles de pause. Vos actions sont enregistrées ; le fichier de résultat est vérifié par rejeu.`,
        `Standardised exam, identical for every candidate (same seed, same customers). Wednesday, 13:00–18:00, at a telecoms operator: 12 advisers on the customer line, chat and email, among them ${hire} (a12), a new hire. Calls rise from 50 to 100 an hour until 16:00. At 14:30 an internet-box outage drives calls up for over an hour; ${sick} (a05) calls in sick at 15:05; a VIP complaint comes in at 16:45. Prestataire Atlantique can take calls and chats waiting over 45 s, at €6.50 a contact (budget €400): open it while the queue needs it, close it after. Targets: voice 80% within 20 s, chat 80% within 60 s, email 90% within 8 business hours, under 5% abandons, no breach of the break rules. Your actions are logged; the result file is verified by replay.`,
      ),
      seed: 515151,
      clock,
      channels: [
        voiceLine({ steps: [['13:00', 50], ['13:30', 60], ['14:00', 75], ['14:30', 100], ['16:00', 90], ['17:00', 70]] }),
        chatQueue([['13:00', 12], ['14:00', 18], ['16:00', 12]]),
        emailQueue({ perHour: 6 }),
      ],
      team: advisers,
      overflow: [outsourcer(['voice', 'chat'], { capacity: 2 })],
      events: [
        { type: 'incident', at: '14:30', minutes: 80, channelId: 'voice', surge: 1.35, label: t('Panne de box internet : clients sans connexion', 'Internet-box outage: customers without a connection') },
        { type: 'absence', at: '15:05', adviserId: 'a05' },
        { type: 'vipComplaint', at: '16:45', channelId: 'voice' },
      ],
      weights: { resources: 0.4, people: 0.3, improvement: 0.3 },
    });
  },
};
