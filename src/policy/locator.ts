/**
 * The locator: for any Pulumi resource (ours or raw), where it lives. Read from the resource's own
 * inputs (`region`, `location`, `zone`) and, failing that, from its provider's inputs. A resource
 * whose location cannot be read is `unknown`, which never counts as compliant.
 */

export interface Location {
  /** Region code as the provider writes it (`eu-central-1`, `germanywestcentral`, `europe-west3`, `EU`). */
  readonly region?: string;
  readonly zone?: string;
  /** Where the answer came from. */
  readonly from: "resource" | "provider" | "unknown";
}

type Props = Readonly<Record<string, unknown>>;

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** `europe-west3-b` -> `europe-west3`; `eu-central-1a` -> `eu-central-1`. */
export function regionOfZone(provider: string, zone: string): string {
  if (provider === "gcp") return zone.replace(/-[a-z]$/, "");
  if (provider === "aws") return zone.replace(/[a-z]$/, "");
  return zone;
}

function fromProps(pkg: string, props: Props): { region?: string; zone?: string } {
  switch (pkg) {
    case "aws":
      return { ...(str(props.region) ? { region: str(props.region)! } : {}), ...(str(props.availabilityZone) ? { zone: str(props.availabilityZone)! } : {}) };
    case "azure-native":
      return str(props.location) ? { region: str(props.location)!.toLowerCase().replace(/\s+/g, "") } : {};
    case "gcp": {
      const zone = str(props.zone);
      const region = str(props.region) ?? str(props.location) ?? (zone ? regionOfZone("gcp", zone) : undefined);
      return { ...(region ? { region } : {}), ...(zone ? { zone } : {}) };
    }
    default: {
      const region = str(props.region) ?? str(props.location) ?? str(props.regionName);
      const zone = str(props.zone) ?? str(props.availabilityZone);
      return { ...(region ? { region } : {}), ...(zone ? { zone } : {}) };
    }
  }
}

/** The package of a type token: `aws:s3/bucket:Bucket` -> `aws`; `pulumi:providers:gcp` -> `gcp`. */
export function packageOf(type: string): string {
  return type.startsWith("pulumi:providers:") ? type.slice("pulumi:providers:".length) : (type.split(":")[0] ?? "");
}

/** Locate a resource from its inputs and, failing that, its provider's inputs. */
export function locate(type: string, props: Props, providerProps?: Props): Location {
  const pkg = packageOf(type);
  const own = fromProps(pkg, props);
  if (own.region !== undefined) return { ...own, from: "resource" };
  const viaProvider = providerProps ? fromProps(pkg, providerProps) : {};
  if (viaProvider.region !== undefined) return { ...viaProvider, ...(own.zone ? { zone: own.zone } : {}), from: "provider" };
  return { ...(own.zone ? { zone: own.zone } : {}), from: "unknown" };
}
