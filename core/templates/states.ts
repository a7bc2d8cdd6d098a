import type { StateCode } from '../rules/schema';
import { stateOf, stateProfiles } from '../rules/profiles';
import { listTemplates } from './registry';
import type { Template } from './schema';

/**
 * The bundled templates grouped by the state whose rules profile they use, so a clerk picks the
 * state first (`protokollant templates`, `new --state`, the start screen). Templates of a
 * body with its own rules (`custom`) form a last group without a state.
 */

export interface StateTemplates {
  state: StateCode | null;
  stateName: string;
  /** The paragraph on the Niederschrift, "§ 41 GO SH"; '' for the group without a state. */
  law: string;
  templates: Template[];
}

export function templateState(template: Template): { code: StateCode; name: string } | null {
  return stateOf(template.rules.profile);
}

export function templatesByState(): StateTemplates[] {
  const all = listTemplates();
  const groups: StateTemplates[] = stateProfiles().map((profile) => ({
    state: profile.data.state,
    stateName: profile.data.stateName,
    law: profile.law,
    templates: all.filter((t) => templateState(t)?.code === profile.data.state),
  }));
  const other = all.filter((t) => templateState(t) === null);
  if (other.length > 0) groups.push({ state: null, stateName: '', law: '', templates: other });
  return groups.filter((g) => g.templates.length > 0);
}

export function isStateCode(value: string): value is StateCode {
  return stateProfiles().some((p) => p.data.state === value);
}

/** The state's usual template: the whole-meeting Niederschrift of its council. */
export function defaultTemplateFor(state: StateCode): Template | undefined {
  const own = listTemplates().filter((t) => templateState(t)?.code === state);
  return (
    own.find((t) => t.form === 'meeting' && t.body.kind === 'council') ??
    own.find((t) => t.form === 'meeting') ??
    own[0]
  );
}
