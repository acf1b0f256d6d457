/**
 * A multi-skill day whose skill mix is wrong: the roster put four phone-trained
 * advisers on email only, and the chat team on chat first, while the calls peak.
 * setSkills (give the four their voice skill back) and routing profiles fix it;
 * nothing else does.
 */
import { chatQueue, emailQueue, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'multiskill-wrong-mix';

export const multiskillWrongMix: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(5, { skills: { voice: 0.9 } }),
      ...times(4, { skills: { email: 0.85 } }),
      ...times(3, { skills: { chat: 0.9, voice: 0.8 }, routingProfile: { chat: 1, voice: 2 } }),
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Journée multicompétence : le mauvais mélange', 'Multi-skill day: the wrong mix'),
      briefing: t(
        "Vendredi, 08:00–14:00, service clients d'un loueur de voitures, premier jour des vacances scolaires. Le planning a été fait sur une semaine normale : cinq conseillers sur la ligne clients seulement, quatre sur les e-mails seulement (a06 à a09), trois sur le chat en priorité (a10 à a12, ils ne prennent la voix que quand le chat est vide). Or les appels montent à 85 par heure et les e-mails ne sont que 8 par heure. Les quatre conseillers e-mail ont tous été formés au téléphone (niveau évalué le mois dernier : 0,8) mais leur profil ne contient pas la compétence voix. À vous de rééquilibrer : rendre la compétence voix à ceux qui l'ont (réglage des compétences), changer l'ordre des files dans les profils de routage, sans abandonner le chat (80 % en 60 s) ni les e-mails (90 % sous 8 heures ouvrées). Objectifs voix : 80 % en 20 s, moins de 5 % d'abandons.",
        "Friday, 08:00–14:00, a car-rental company's customer service, the first day of the school holidays. The roster was built on a normal week: five advisers on the customer line only, four on email only (a06 to a09), three on chat first (a10 to a12, they take voice only when chat is empty). Yet calls climb to 85 an hour and emails are only 8 an hour. The four email advisers were all trained on the phone (assessed last month at 0.8) but their profile lacks the voice skill. It is yours to rebalance: give the voice skill back to those who have it (skill settings), change the order of queues in the routing profiles, without dropping chat (80% within 60 s) or email (90% within 8 business hours). Voice targets: 80% within 20 s, under 5% abandons.",
      ),
      seed: 20261212,
      clock: { start: '08:00', end: '14:00' },
      channels: [
        voiceLine({ steps: [['08:00', 50], ['08:30', 65], ['09:00', 80], ['10:00', 85], ['12:00', 70], ['13:00', 60]] }),
        chatQueue([['08:00', 8], ['10:00', 14], ['12:00', 10]]),
        emailQueue({ perHour: 8 }),
      ],
      team: advisers,
      events: [{ type: 'vipComplaint', at: '11:15', channelId: 'voice' }],
      weights: { resources: 0.55, people: 0.2, improvement: 0.25 },
    });
  },
};
