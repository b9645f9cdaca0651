/** What an offline run would create, each resource located (own inputs, else its provider's). */
import { locate, type Location } from "../policy/locator";
import type { RecordedResource } from "./recorder";

export interface InventoryItem {
  readonly type: string;
  readonly name: string;
  readonly location: Location;
  /** Name of the explicit provider resource it uses; `undefined` = the default provider. */
  readonly providerName?: string;
  readonly retainOnDelete: boolean;
}

/** `urn:pulumi:stack::project::[parent$]pulumi:providers:aws::name::id` -> type and name. */
export function parseProviderRef(ref: string): { type: string; name: string } | undefined {
  const parts = ref.split("::");
  if (parts.length < 5) return undefined;
  const type = parts[2]!.split("$").pop()!;
  return { type, name: parts[3]! };
}

/** Custom resources (components left out), located. */
export function inventory(resources: readonly RecordedResource[]): InventoryItem[] {
  const providers = new Map(resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => [`${r.type}::${r.name}`, r]));
  return resources
    .filter((r) => r.custom)
    .map((r) => {
      const ref = r.provider ? parseProviderRef(r.provider) : undefined;
      const provider = ref ? providers.get(`${ref.type}::${ref.name}`) : undefined;
      return {
        type: r.type,
        name: r.name,
        location: locate(r.type, r.inputs, provider?.inputs),
        ...(ref ? { providerName: ref.name } : {}),
        retainOnDelete: r.options.retainOnDelete,
      };
    });
}
