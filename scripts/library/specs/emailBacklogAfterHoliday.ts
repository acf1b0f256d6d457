/**
 * The day after a public holiday: 160 emails waited over the long weekend and
 * are already late. Emails keep arriving, and the phones ring too; how many
 * people go to the backlog, and when, is the shift's question.
 */
import { emailQueue, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'email-backlog-after-holiday';

export const emailBacklogAfterHoliday: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(5, { skills: { email: 0.9, voice: 0.75 }, routingProfile: { email: 1, voice: 2 } }),
      ...times(6, { skills: { voice: 0.9, email: 0.8 }, routingProfile: { voice: 1, email: 2 } }),
      { skills: { voice: 0.4, email: 0.35 }, newHire: true },
    ]);
    return scenario({
      id,
      purpose: 'training',
      title: t('Lendemain de férié : le retard des e-mails', 'After the public holiday: the email backlog'),
      briefing: t(
        "Jeudi 12 novembre, 08:00–16:00, lendemain du 11-Novembre, service clients d'un site de vente en ligne. 160 e-mails se sont accumulés pendant le pont ; ils ont en moyenne 30 heures et beaucoup ont déjà dépassé leur délai de réponse (8 heures ouvrées). Il en arrive encore 12 par heure, et la ligne clients reçoit 45 à 65 appels par heure. Cinq conseillers traitent les e-mails en priorité, six la ligne clients (ils prennent les e-mails quand la ligne est calme) ; une nouvelle recrue (a12) est sur les deux. Objectifs : 80 % des appels en 20 s et moins de 5 % d'abandons, puis résorber le retard : suivez l'âge du stock et la part d'e-mails répondus dans les délais. Déplacer des conseillers vers les e-mails aux heures creuses de la ligne (12:00–14:00) paie ; vider le stock au prix de la ligne clients, non.",
        "Thursday 12 November, 08:00–16:00, the day after the 11 November holiday, an online shop's customer service. 160 emails piled up over the long weekend; they are 30 hours old on average and many have already passed their reply deadline (8 business hours). 12 more arrive every hour, and the customer line takes 45 to 65 calls an hour. Five advisers take emails first, six the customer line (they take emails when the line is quiet); a new hire (a12) does both. Targets: 80% of calls within 20 s and under 5% abandons, then clear the backlog: follow its age and the share of emails answered on time. Moving advisers to email in the line's quiet hours (12:00–14:00) pays; emptying the backlog at the customer line's expense does not.",
      ),
      seed: 20261112,
      date: '2026-11-12',
      clock: { start: '08:00', end: '16:00' },
      channels: [
        voiceLine({ steps: [['08:00', 45], ['09:00', 60], ['10:00', 65], ['12:00', 40], ['14:00', 55], ['15:00', 45]] }),
        emailQueue({ perHour: 12, backlog: { count: 160, meanAgeHours: 30 }, extra: { handleTime: { dist: 'lognormal', mean: 300, cv: 0.5 }, onlyWhen: { channel: 'voice', queueBelow: 3 } } }),
      ],
      team: advisers,
      events: [{ type: 'vipComplaint', at: '14:30', channelId: 'voice' }],
      weights: { resources: 0.5, people: 0.25, improvement: 0.25 },
    });
  },
};
