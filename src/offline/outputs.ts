/**
 * What a real provider would compute for the resources a program registers, so programs run under
 * mocks see plausible outputs (ids, IPs, endpoints, ARNs) instead of `undefined`. Each package's
 * values live in its policy package module (src/policy/packages/<package>.ts, `mockOutputs` and
 * `invokeResult`); values are fake and recognisable (documentation IP ranges, account
 * 123456789012, AMI ami-0123456789abcdef0).
 */
import { currentType, moduleOf, packageOf, packageModule } from "../policy/packages/index";

/** Outputs a real provider would compute, keyed by resource type. */
export function computedOutputs(type: string, name: string, inputs: Record<string, any>): Record<string, unknown> {
  if (type.startsWith("pulumi:")) return {};
  const m = moduleOf(type);
  const current = currentType(type);
  if (m === undefined || m.isComponent(current)) return {};
  return m.mockOutputs?.(current, name, inputs) ?? {};
}

/** Answers to the invokes programs make (the inputs echoed when the package module has none). */
export function invokeResult(token: string, inputs: Record<string, any>): Record<string, unknown> {
  return packageModule(packageOf(token))?.invokeResult?.(token, inputs) ?? inputs;
}
