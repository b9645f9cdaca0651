import { AWS_SOURCES } from "./aws";
import { AZURE_SOURCES } from "./azure";
import { COMMON_SOURCES } from "./common";
import { DATABASE_SOURCES } from "./databases";
import { EUROPE_SOURCES } from "./europe";
import { GCP_SOURCES } from "./gcp";
import { KUBERNETES_SOURCES } from "./kubernetes";
import { OPENSTACK_SOURCES } from "./openstack";
import { PROVIDERS_SOURCES } from "./providers";
import type { Source } from "./types";

export type { Source } from "./types";

/** Every source the catalog cites, by id. */
export const SOURCES = {
  ...COMMON_SOURCES,
  ...AWS_SOURCES,
  ...AZURE_SOURCES,
  ...GCP_SOURCES,
  ...EUROPE_SOURCES,
  ...OPENSTACK_SOURCES,
  ...PROVIDERS_SOURCES,
  ...KUBERNETES_SOURCES,
  ...DATABASE_SOURCES,
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** One line for messages: `title (ref, as of YYYY-MM-DD)`. */
export function describeSource(id: SourceId): string {
  const s: Source = SOURCES[id];
  return `${s.title} (${s.ref}, as of ${s.asOf}${s.kind === "secondary" ? ", secondary source" : ""})`;
}
