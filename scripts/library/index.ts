/** Every scenario the library generates, in the order they are written. */
import type { LibraryEntry } from './build';
import { campaignPreparation } from './specs/campaignPreparation';
import { emailBacklogAfterHoliday } from './specs/emailBacklogAfterHoliday';
import { examIncidentCallback } from './specs/examIncidentCallback';
import { examMultichannelAfternoon } from './specs/examMultichannelAfternoon';
import { examTwoDays } from './specs/examTwoDays';
import { itOutageSurge } from './specs/itOutageSurge';
import { launchWeek } from './specs/launchWeek';
import { mondayMorningPeak } from './specs/mondayMorningPeak';
import { multiskillWrongMix } from './specs/multiskillWrongMix';
import { nightShift } from './specs/nightShift';
import { onboardingNewHires } from './specs/onboardingNewHires';
import { outboundCampaignLaunch } from './specs/outboundCampaignLaunch';
import { qualityDay } from './specs/qualityDay';
import { saturdaySkeleton } from './specs/saturdaySkeleton';
import { sicknessWave } from './specs/sicknessWave';
import { twoMornings } from './specs/twoMornings';

export const library: readonly LibraryEntry[] = [
  mondayMorningPeak,
  itOutageSurge,
  outboundCampaignLaunch,
  onboardingNewHires,
  sicknessWave,
  emailBacklogAfterHoliday,
  saturdaySkeleton,
  nightShift,
  multiskillWrongMix,
  qualityDay,
  launchWeek,
  twoMornings,
  examMultichannelAfternoon,
  examIncidentCallback,
  examTwoDays,
  campaignPreparation,
];
