import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, type Scenario } from '../../../sim/index';
import { applyVariant, inShard, parseVary, resizeTeam, scaleVolume } from '../../../sim/cli/vary';

const load = (file: string) => parseScenario(readFileSync(file, 'utf8'), file);
const generated = load('scenarios/validation/erlang-c-team11.json');
const listed = load('scenarios/training/default-weekday-morning.json');
const ids = (s: Scenario) => ('advisers' in s.team ? s.team.advisers.map((a) => a.id) : []);

describe('parseVary', () => {
  it('reads a range, a stepped range and a list', () => {
    expect(parseVary('advisers=8..10').variants).toEqual([{ advisers: 8 }, { advisers: 9 }, { advisers: 10 }]);
    expect(parseVary('advisers=8..14:3').variants).toEqual([{ advisers: 8 }, { advisers: 11 }, { advisers: 14 }]);
    expect(parseVary(' advisers = 12,9 ').variants).toEqual([{ advisers: 12 }, { advisers: 9 }]);
  });

  it('reads percentages with their signs for volume', () => {
    expect(parseVary('volume=-10%..+10%:10%').variants).toEqual([{ volume: -10 }, { volume: 0 }, { volume: 10 }]);
  });

  it.each([
    ['volume=-100%', "--vary 'volume=-100%': volume must be a change of the arrival rates in percent between -99 and 1000, got -100"],
    ['advisers=0..3', "--vary 'advisers=0..3': advisers must be a team size between 1 and 5000, got 0"],
    ['advisers=8.5..9', "--vary 'advisers=8.5..9': advisers must be whole numbers, got 8.5"],
    ['advisers=8..x', `--vary 'advisers=8..x': end "x" is not a number`],
    ['advisers=8..12:0', "--vary 'advisers=8..12:0': the step must be positive, got 0"],
    ['advisers=8,8', "--vary 'advisers=8,8': advisers lists a value twice"],
    ['advisers', "--vary 'advisers': expected name=values, e.g. 'advisers=8..14'"],
    ['advisers=1..5000', "--vary 'advisers=1..5000': 5000 variants; a sweep may have at most 1000"],
  ])('refuses %s, naming the problem', (spec, message) => {
    expect(() => parseVary(spec)).toThrow(message);
  });
});

describe('resizeTeam', () => {
  it('changes the count of a generated team', () => {
    expect(resizeTeam(generated, 8).team).toEqual({ generate: { count: 8, skills: { voice: 1 } } });
  });

  it('shrinks the last groups of a multi-group team first and grows the last one', () => {
    const s = { ...generated, team: { generate: [{ count: 3, skills: { voice: 1 } }, { count: 2, skills: { voice: 0.5 } }] } } as Scenario;
    expect(resizeTeam(s, 2).team).toEqual({ generate: [{ count: 2, skills: { voice: 1 } }] });
    expect(resizeTeam(s, 7).team).toEqual({ generate: [{ count: 3, skills: { voice: 1 } }, { count: 4, skills: { voice: 0.5 } }] });
  });

  it('drops the last listed advisers, or adds copies of the last one', () => {
    expect(ids(resizeTeam(listed, 10))).toEqual(ids(listed).slice(0, 10));
    const grown = applyVariant(listed, { advisers: 14 }, 'test').scenario;
    expect(ids(grown)).toEqual([...ids(listed), 'extra01', 'extra02']);
    const team = grown.team as Extract<Scenario['team'], { advisers: unknown }>;
    const last = (listed.team as typeof team).advisers.at(-1)!;
    expect(team.advisers[13].skills).toEqual(last.skills);
  });

  it('drops the events about advisers a smaller team leaves out, so the variant still loads', () => {
    // The exam's sick call is a04's: a team of 3 has no a04 (this variant was refused before).
    const exam = load('scenarios/exam/exam-standard-morning.json');
    const small = applyVariant(exam, { advisers: 3 }, 'test').scenario;
    expect(ids(small)).toEqual(['a01', 'a02', 'a03']);
    expect(small.events?.some((e) => 'adviserId' in e)).toBe(false);
    expect(small.events?.length).toBe((exam.events?.length ?? 0) - 1);
    expect(applyVariant(exam, { advisers: 4 }, 'test').scenario.events).toEqual(exam.events);
  });
});

describe('levers that are commands', () => {
  it('opens the overflow at the opening after the base log, and the run applies it (fewer abandons on the same customers)', () => {
    const exam = load('scenarios/exam/exam-multichannel-afternoon.json');
    const base = [{ at: 600, type: 'teamBriefing', minutes: 5 }];
    const open = applyVariant(exam, { overflow: 1 }, 'test', base);
    expect(open.commands).toEqual([...base, ...exam.overflow!.map((g) => ({ at: 0, type: 'openOverflow', groupId: g.id }))]);
    expect(applyVariant(exam, { overflow: 0 }, 'test', base).commands).toEqual(base);
    const run = (commands: readonly unknown[]) => {
      const sim = createSimulation(open.scenario, { commands });
      sim.runToEnd();
      return sim.result();
    };
    const opened = run(open.commands);
    expect(opened.commands.filter((c) => c.type === 'openOverflow').map((c) => c.status)).toEqual(exam.overflow!.map(() => 'applied'));
    expect(opened.kpis.byChannel.voice.abandoned).toBeLessThan(run(base).kpis.byChannel.voice.abandoned);
  });
});

describe('scaleVolume', () => {
  it('scales flat and profiled arrival rates, leaving the forecast as it was', () => {
    const up = applyVariant(generated, { volume: 10 }, 'test').scenario;
    expect(up.channels[0].arrivals).toEqual({ perHour: 220.00000000000003 });
    expect(up.channels[0].forecast).toEqual(generated.channels[0].forecast);
    const profiled = { ...generated, channels: [{ ...generated.channels[0], arrivals: { profile: [{ from: '08:00', perHour: 100 }, { from: '12:00', perHour: 50 }] } }] } as Scenario;
    expect(scaleVolume(profiled, -20).channels[0].arrivals).toEqual({ profile: [{ from: '08:00', perHour: 80 }, { from: '12:00', perHour: 40 }] });
  });
});

describe('inShard', () => {
  it('deals variants round-robin, every variant to exactly one shard', () => {
    const owners = Array.from({ length: 7 }, (_, i) => [1, 2, 3].filter((k) => inShard(i, { k, n: 3 })));
    expect(owners).toEqual([[1], [2], [3], [1], [2], [3], [1]]);
  });
});
