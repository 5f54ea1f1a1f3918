// The IT console: configuration, rollout per protection level, waves and the routing-rule test.
// Every change is validated with ConfigSchema, written to the config file, applied to the running
// core and recorded in the audit log with who changed what.
import { isDeepStrictEqual } from 'node:util';
import { classifyDocument } from '../../../ocr/classify/index.ts';
import { pagesFromText } from '../../../ocr/classify/textPages.ts';
import { ConfigSchema, type Config, type Rollout } from '../../contract/config.ts';
import { PROTECTION_LEVELS, type RolloutState } from '../../contract/domain.ts';
import { routeItem } from '../routing.ts';
import { appendEvent } from '../store/audit.ts';
import { writeConfigFile, changedPaths } from './configFile.ts';
import { ApiFailure, caller, defineHandlers, invalid, issuesOf, notFound, type HandlerContext } from './context.ts';

async function applyConfig(ctx: HandlerContext, next: Config, method: string, data: Record<string, unknown> = {}) {
  const user = caller(ctx);
  const current = ctx.core.config;
  // The data folder belongs to the running installation, not to the console.
  const candidate = { ...next, dataDir: current.dataDir };
  const changes = changedPaths(current, candidate);
  if (changes.length > 0) {
    if (ctx.configFile) await writeConfigFile(ctx.configFile, candidate);
    ctx.core.updateConfig(candidate);
    appendEvent(ctx.db, {
      at: ctx.core.clock().toISOString(), actor: user.username, itemId: null, type: 'config.changed',
      reason: method, data: { ...data, file: ctx.configFile, changes },
    });
  }
  return { config: ctx.core.config, file: ctx.configFile, changes };
}

function withRollout(config: Config, code: string, rollout: (current: Config['departments'][number]['rollout']) => Config['departments'][number]['rollout']): Config {
  return { ...config, departments: config.departments.map((d) => (d.code === code ? { ...d, rollout: rollout(d.rollout) } : d)) };
}

const today = (ctx: HandlerContext) => ctx.core.clock().toISOString().slice(0, 10);

export const configHandlers = defineHandlers({
  'config.get'(_input, ctx) {
    return { config: ctx.core.config, file: ctx.configFile };
  },

  async 'config.setRollout'({ department, level, state }, ctx) {
    if (!ctx.core.config.departments.some((d) => d.code === department)) throw invalid('department', `unbekannte Abteilung ${department}`);
    const next = withRollout(ctx.core.config, department, (rollout) => ({ ...rollout, [level]: state }));
    const { config, file } = await applyConfig(ctx, next, 'config.setRollout', { department, level, state });
    return { config, file };
  },

  async 'config.update'({ config: proposed }, ctx) {
    const parsed = ConfigSchema.safeParse(proposed);
    // Issues keep the config's own key paths ("routing.confidenceThreshold") so the console shows them at the field.
    if (!parsed.success) throw new ApiFailure('invalid-input', 'Konfiguration ungültig', issuesOf(parsed.error));
    const before = ctx.core.config;
    const { config, file } = await applyConfig(ctx, parsed.data, 'config.update');
    return { config, file, restartNeeded: !isDeepStrictEqual(before.intake, config.intake) };
  },

  'waves.list'(_input, ctx) {
    const config = ctx.core.config;
    const day = today(ctx);
    return {
      today: day,
      waves: config.waves.map((wave) => ({
        ...wave,
        due: wave.date <= day,
        carriedOut: wave.departments.every((code) => {
          const department = config.departments.find((d) => d.code === code);
          return department !== undefined && PROTECTION_LEVELS.every((level) => department.rollout[level] === wave.targetState);
        }),
      })),
    };
  },

  async 'waves.execute'({ id }, ctx) {
    const wave = ctx.core.config.waves.find((w) => w.id === id);
    if (!wave) throw notFound('Welle');
    let next = ctx.core.config;
    const changed: { department: string; from: Rollout; to: RolloutState }[] = [];
    for (const code of wave.departments) {
      const department = next.departments.find((d) => d.code === code);
      if (!department) continue;
      if (PROTECTION_LEVELS.every((level) => department.rollout[level] === wave.targetState)) continue;
      changed.push({ department: code, from: { ...department.rollout }, to: wave.targetState });
      next = withRollout(next, code, () => ({ normal: wave.targetState, high: wave.targetState, 'very-high': wave.targetState }));
    }
    const { config, file } = await applyConfig(ctx, next, 'waves.execute', { wave: wave.id, targetState: wave.targetState });
    return { config, file, changed };
  },

  'rules.test'({ text }, ctx) {
    const config = ctx.core.config;
    const classification = classifyDocument(pagesFromText(text), config, { receivedAt: ctx.core.clock() });
    return { classification, route: routeItem(classification, config) };
  },
});
