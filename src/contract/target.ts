/**
 * Targets: `provider:region[:zone]` or `{ provider, region, zone? }`, parsed and resolved against
 * the catalog into a {@link Placement}. Every problem is collected; typos get "did you mean".
 */
import { z } from "zod";
import { PROVIDERS, PROVIDER_IDS } from "../catalog/providers";
import { MANAGED_KUBERNETES, offersService } from "../catalog/kubernetes";
import { REGIONS, regionsOf } from "../catalog/regions/index";
import type { DriverId, PortableService, ProviderId, RegionFacts } from "../catalog/types";
import { problems, type Problem } from "../errors";
import type { ParseResult } from "./parse";
import type { Placement, Target } from "./placement";
import { closest } from "./suggest";

const targetObjectSchema = z
  .object({
    provider: z.string().min(1),
    region: z.string().min(1),
    zone: z.string().min(1).optional(),
    /** Deploy with another driver the provider supports (e.g. `openstack` for OVHcloud). */
    driver: z.string().min(1).optional(),
  })
  .strict();

/** What users may write as a target. */
export type TargetInput = string | { provider: string; region: string; zone?: string; driver?: string };

/** Parse the shape of a target (no catalog lookup). */
export function parseTarget(input: unknown, path: string): ParseResult<Target> {
  if (typeof input === "string") {
    const parts = input.trim().split(":");
    if (parts.length < 2 || parts.length > 3) {
      return { problems: [problems.targetMalformed(path, input, `expected 2 or 3 parts separated by ":", got ${parts.length}`)] };
    }
    if (parts.some((p) => p.trim() === "")) {
      return { problems: [problems.targetMalformed(path, input, "a part is empty")] };
    }
    const [provider, region, zone] = parts.map((p) => p.trim()) as [string, string, string | undefined];
    return { value: zone === undefined ? { provider, region } : { provider, region, zone }, problems: [] };
  }
  const parsed = targetObjectSchema.safeParse(input);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join(".") || "target"}: ${i.message}`).join("; ");
    return { problems: [problems.targetMalformed(path, input, why)] };
  }
  const { provider, region, zone, driver } = parsed.data;
  return {
    value: { provider, region, ...(zone === undefined ? {} : { zone }), ...(driver === undefined ? {} : { driver }) },
    problems: [],
  };
}

/** Resolve a parsed target against the catalog. `service`, when given, must be offered there. */
export function resolveTarget(target: Target, path: string, service?: PortableService): ParseResult<Placement> {
  if (!(PROVIDER_IDS as string[]).includes(target.provider)) {
    return {
      problems: [problems.unknownProvider(`${path}.provider`, target.provider, PROVIDER_IDS, closest(target.provider, PROVIDER_IDS))],
    };
  }
  const providerId = target.provider as ProviderId;
  const region = findRegionLoose(providerId, target.region);
  if (!region) return { problems: [unknownRegion(providerId, target.region, `${path}.region`)] };

  const found: Problem[] = [];
  if (target.zone !== undefined) {
    const zones = region.zones.confirmed ? region.zones.value : undefined;
    if (zones === undefined || !zones.includes(target.zone)) {
      found.push(
        problems.unknownZone(`${path}.zone`, `${providerId}:${region.code}`, target.zone, zones, zones ? closest(target.zone, zones) : []),
      );
    }
  }
  const provider = PROVIDERS[providerId];
  const drivers: readonly DriverId[] = [provider.driver, ...(provider.alternativeDrivers ?? [])];
  if (target.driver !== undefined && !(drivers as readonly string[]).includes(target.driver)) {
    found.push(
      problems.invalidArgument(
        `${path}.driver`,
        `${provider.name} cannot be deployed with the "${target.driver}" driver.`,
        target.driver,
        drivers.join(", "),
        `drop driver (the default is ${provider.driver}) or choose one of the allowed drivers.`,
      ),
    );
  }
  if (service === "kubernetesCluster" && MANAGED_KUBERNETES[providerId].service === null) {
    const reason = MANAGED_KUBERNETES[providerId].unlistedNote;
    found.push(
      problems.providerLimitation(
        path,
        `${provider.name} offers no managed Kubernetes that sovereign-cloud can create: ${reason}.`,
        `${providerId}:${region.code}`,
        "a provider with managed Kubernetes (see the portability matrix)",
        "choose a target whose cluster column in the targets table (docs/targets.md) names a service, or run Kubernetes yourself on VirtualMachines.",
      ),
    );
  } else if (service !== undefined && !offersService(region, service)) {
    const open = region.unconfirmedServices?.[service];
    found.push(
      open === undefined
        ? problems.serviceUnavailable(path, serviceLabel(service), `${providerId}:${region.code}`, alternativesFor(region, service))
        : problems.serviceUnconfirmed(
            path,
            serviceLabel(service),
            `${providerId}:${region.code}`,
            open.note,
            alternativesFor(region, service),
          ),
    );
  }
  if (found.length > 0) return { problems: found };
  const placement: Placement = {
    provider,
    region,
    ...(target.zone === undefined ? {} : { zone: target.zone }),
    ...(target.driver === undefined ? {} : { driver: target.driver as DriverId }),
  };
  return { value: placement, problems: [] };
}

/** Parse and resolve in one go. */
export function placementOf(input: unknown, path: string, service?: PortableService): ParseResult<Placement> {
  const parsed = parseTarget(input, path);
  return parsed.value ? resolveTarget(parsed.value, path, service) : { problems: parsed.problems };
}

/** Region codes are matched exactly, then case-insensitively (GCP users write `EU`, the catalog says `eu`). */
function findRegionLoose(provider: ProviderId, code: string): RegionFacts | undefined {
  const regions = regionsOf(provider);
  return regions.find((r) => r.code === code) ?? regions.find((r) => r.code.toLowerCase() === code.toLowerCase());
}

function unknownRegion(provider: ProviderId, code: string, path: string): Problem {
  const codes = regionsOf(provider).map((r) => r.code);
  const elsewhere = REGIONS.filter((r) => r.provider !== provider && r.code.toLowerCase() === code.toLowerCase()).map(
    (r) => `${r.provider}:${r.code}`,
  );
  const suggestions = [...closest(code, codes), ...elsewhere];
  return problems.unknownRegion(path, provider, code, codes, suggestions);
}

const SERVICE_LABELS: Readonly<Record<PortableService, string>> = {
  bucket: "object storage (Bucket)",
  network: "networking (Network)",
  virtualMachine: "virtual machines (VirtualMachine)",
  kubernetesCluster: "managed Kubernetes (KubernetesCluster)",
};

export function serviceLabel(service: PortableService): string {
  return SERVICE_LABELS[service];
}

/** Regions of the same provider that offer the service, same country first. */
function alternativesFor(region: RegionFacts, service: PortableService): string[] {
  const countryOf = (r: RegionFacts) => (r.country.confirmed ? r.country.value : undefined);
  const home = countryOf(region);
  const members = new Set(region.members ?? []);
  return regionsOf(region.provider)
    .filter((r) => offersService(r, service) && r.code !== region.code)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, 5)
    .map((r) => `${r.provider}:${r.code}`);
  function rank(r: RegionFacts): number {
    return members.has(r.code) ? 0 : home !== undefined && countryOf(r) === home ? 1 : 2;
  }
}
