/**
 * Where an OVHcloud component's children go: the Public Cloud project, the API region of the
 * component's service at the placement, and the provider; and the check, before creation, that
 * the first two are known.
 */
import type * as ovh from "@ovhcloud/pulumi-ovh";
import type { PortableService } from "../../catalog/types";
import type { Problem } from "../../errors";
import type { CheckContext, DriverScope } from "../types";
import { apiRegion, checkApiRegion, checkServiceName, createProvider, resolveServiceName } from "./provider";

/** Where the Public Cloud project is overridden. */
export const SERVICE_NAME_PATH = "overrides.ovhcloud.serviceName";

export interface OvhcloudContext {
  /** The Public Cloud project id. */
  readonly serviceName: string;
  /** The API region of the service: the S3 region for buckets (`gra`), the compute region for networks and VMs (`GRA11`). */
  readonly region: string;
  readonly provider: ovh.Provider;
}

/** The project (the override, else the stack config), the service's API region and the provider; `checkContext` has vouched for them. */
export function ovhcloudContext(scope: DriverScope, serviceName: string | undefined, service: PortableService): OvhcloudContext {
  return {
    serviceName: resolveServiceName(serviceName)!,
    region: apiRegion(scope.placement, service)!,
    provider: createProvider(scope),
  };
}

/** Problems with the project (`overrides.ovhcloud.serviceName` or the stack config) and the service's API region. */
export function checkContext(serviceName: unknown, ctx: CheckContext, service: PortableService): Problem[] {
  return [...checkServiceName(serviceName, ctx, SERVICE_NAME_PATH), ...checkApiRegion(ctx, service)];
}
