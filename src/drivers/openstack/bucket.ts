/**
 * Bucket on OpenStack: a Swift container, private to the project (no read or write ACL).
 *
 * Why Swift and not the clouds' S3 gateways: Swift is part of the OpenStack API every cloud here
 * exposes, it authenticates with the same Keystone credentials and region as the rest of the
 * driver (one explicit `openstack.Provider`, whose region the policy locator reads), and it needs
 * no second SDK. The S3 route would mean `@pulumi/aws` pointed at a per-cloud endpoint with EC2
 * credentials created in Keystone (secrets in the state) and AWS-typed resources the locator would
 * place in AWS. It would still not make the portable retention pass: object lock is not confirmed
 * on any of these clouds' S3 gateways. What Swift cannot do (retention, lifecycle, cold tier,
 * refusing plain HTTP) fails the driver's check with SC_PROVIDER_LIMITATION (capabilities.ts).
 *
 * Versioning uses Swift's X-Versions-Location mode (`versioningLegacy` type `versions`) into an
 * archive container `<container>-versions`: unlike the newer X-Versions-Enabled mode, Ceph RGW's
 * Swift API (Cleura, pluscloud open) supports it. Container names are unique only within the
 * project, so the default name carries the stack name (`<component>-<stack>`).
 */
import * as pulumi from "@pulumi/pulumi";
import type * as openstack from "@pulumi/openstack";
import { problems, SovereignCloudError } from "../../errors";
import type { BucketResult, BucketSpec, DriverScope } from "../types";
import { openstackContext } from "./provider";
import { sdk } from "./sdk";

/** The container name: the override, else `<component>-<stack>`. */
export function containerName(spec: Pick<BucketSpec, "overrides">, name: string): string {
  return spec.overrides.openstack?.containerName ?? `${name}-${pulumi.getStack()}`;
}

/**
 * The container's URL from the Keystone catalog. A catalog without a public object-store endpoint
 * in the region is a coded error (SC_LOOKUP_NOT_FOUND) when the program runs; no catalog at all
 * (only Pulumi's plain mocks return none: a real `getAuthScope` always carries one) gives `""`.
 */
export function containerEndpoint(
  catalogs: readonly openstack.types.output.identity.GetAuthScopeServiceCatalog[] | undefined,
  region: string,
  container: string,
): string {
  if (catalogs === undefined) return "";
  const url = catalogs
    .filter((c) => c.type === "object-store")
    .flatMap((c) => c.endpoints ?? [])
    .find((e) => e.interface === "public" && (e.region === region || e.regionId === region))?.url;
  if (url === undefined) {
    throw new SovereignCloudError(
      `Bucket container "${container}"`,
      [
        problems.lookupNotFound(
          "endpoint",
          "public object-store (Swift) endpoint",
          `the Keystone catalog of region ${region}`,
          "check that the cloud offers object storage in this region and that the credentials' project may use it.",
        ),
      ],
      "the container was created; its endpoint is unknown",
    );
  }
  return `${url.replace(/\/+$/, "")}/${encodeURIComponent(container)}`;
}

export function createBucket(spec: BucketSpec, scope: DriverScope): BucketResult {
  const { objectstorage, identity } = sdk();
  const { region, opts, provider } = openstackContext(scope);
  const o = spec.overrides.openstack ?? {};
  const name = scope.name;
  const container = containerName(spec, name);
  // Data-bearing children outlive `pulumi destroy` unless the user opted out.
  const dataOpts: pulumi.CustomResourceOptions = { ...opts, retainOnDelete: spec.retainOnDelete };
  const metadata = { ...scope.labels };
  const common = {
    region,
    // Only an explicit opt-in lets a destroy delete the objects.
    forceDestroy: spec.emptyOnDelete,
    ...(o.storagePolicy === undefined ? {} : { storagePolicy: o.storagePolicy }),
    metadata,
  };

  const archive = spec.versioning
    ? new objectstorage.Container(`${name}-versions`, { ...common, name: `${container}-versions` }, dataOpts)
    : undefined;
  const main = new objectstorage.Container(
    name,
    { ...common, name: container, ...(archive === undefined ? {} : { versioningLegacy: { type: "versions", location: archive.name } }) },
    dataOpts,
  );

  // The object-store URL of this region from the Keystone catalog (`.../v1/AUTH_<project>`).
  const scopeInfo = identity.getAuthScopeOutput({ name: `${name}-scope`, region }, { provider, parent: scope.parent });
  const endpoint = pulumi.all([scopeInfo.serviceCatalogs, main.name]).apply(([catalogs, n]) => containerEndpoint(catalogs, region, n));

  // Swift has no encryption setting on a container.
  return { bucketName: main.name, bucketId: main.id, endpoint, encryption: { sseAlgorithm: null, keyManagement: null } };
}
