/**
 * Four new hires on the floor at once: two from the start, two joining at
 * 09:30. They handle slowly and resolve less; coaching them at quiet moments
 * (and answering their raised hands) is what the shift is about.
 */
import { emailQueue, nameOf, scenario, t, team, times, voiceLine, type LibraryEntry } from '../build';

const id = 'onboarding-new-hires';

export const onboardingNewHires: LibraryEntry = {
  file: `scenarios/training/${id}.json`,
  build() {
    const advisers = team(id, [
      ...times(6, { skills: { voice: 0.9, email: 0.8 }, routingProfile: { voice: 1, email: 2 } }),
      ...times(2, { skills: { email: 0.9, voice: 0.8 }, routingProfile: { email: 1, voice: 2 } }),
      { skills: { voice: 0.4 }, newHire: true },
      { skills: { voice: 0.35 }, newHire: true },
      { skills: { voice: 0.3 }, newHire: true, shift: { start: '09:30', end: '13:00' } },
      { skills: { voice: 0.45 }, newHire: true, shift: { start: '09:30', end: '13:00' } },
    ]);
    const names = ['a09', 'a10', 'a11', 'a12'].map((a) => `${nameOf(advisers, a)} (${a})`);
    return scenario({
      id,
      purpose: 'training',
      title: t('Intégration de quatre nouvelles recrues', 'Onboarding four new hires'),
      briefing: t(
        `Mercredi, 08:00–13:00, service clients d'une mutuelle santé. Quatre conseillers sortent de formation : ${names[0]} et ${names[1]} commencent à 08:00, ${names[2]} et ${names[3]} rejoignent le plateau à 09:30. Ils ne traitent encore que la ligne clients, plus lentement et avec moins de réponses du premier coup ; ils lèvent plus souvent la main. Huit conseillers confirmés tiennent la ligne et les e-mails (réponse sous 8 heures ouvrées). Coachez chaque recrue au moins une fois, aux moments calmes (pas au pic de 10:00–11:00), répondez vite aux mains levées et reconnaissez les progrès. Objectifs : 80 % des appels en 20 s, moins de 5 % d'abandons, 90 % des e-mails dans les délais.`,
        `Wednesday, 08:00–13:00, a health insurer's customer service. Four advisers have just finished training: ${names[0]} and ${names[1]} start at 08:00, ${names[2]} and ${names[3]} join the floor at 09:30. They only take the customer line for now, more slowly and resolving less first time; they raise their hand more often. Eight experienced advisers hold the line and the emails (answer within 8 business hours). Coach each new hire at least once, at quiet moments (not at the 10:00–11:00 peak), answer raised hands quickly and recognise progress. Targets: 80% of calls within 20 s, under 5% abandons, 90% of emails on time.`,
      ),
      seed: 20261209,
      clock: { start: '08:00', end: '13:00' },
      channels: [
        voiceLine({ steps: [['08:00', 75], ['08:30', 90], ['09:00', 110], ['10:00', 120], ['11:00', 100], ['12:00', 80]], extra: { difficultShare: 0.08 } }),
        emailQueue({ perHour: 10 }),
      ],
      team: advisers,
      events: [
        { type: 'newHire', at: '09:30', adviserId: 'a11' },
        { type: 'newHire', at: '09:30', adviserId: 'a12' },
        { type: 'vipComplaint', at: '11:50', channelId: 'voice' },
      ],
      weights: { resources: 0.3, people: 0.45, improvement: 0.25 },
    });
  },
};
