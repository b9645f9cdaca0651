/**
 * Catalog data (sourced): what differs between the OpenStack clouds (OTC, Cleura, pluscloud open,
 * OVHcloud). The openstack driver deploys with these values and the policy locator reads them back
 * (which cloud a Keystone URL is). Per cloud: the Keystone URL to
 * default to, the external network routers and floating IPs use, the OpenStack region name, and
 * where Swift is. Only sourced values are here; a cloud without one needs the user's setting
 * (`openstack:authUrl`/`openstack:cloud`, `overrides.openstack.externalNetworkName`).
 */
import type { ProviderId, RegionFacts } from "./types";

/** A sourced per-cloud default. */
export interface Sourced<T> {
  readonly value: T;
  /** Where it comes from (URL or `owner/repo path`); `secondary` when not from the operator. */
  readonly source: string;
}

export interface CloudDefaults {
  /** Keystone v3 URL for a region, when sourced for that region. */
  readonly authUrl?: (region: RegionFacts) => Sourced<string> | undefined;
  /** Name of the external network (router gateway, floating-IP pool). */
  readonly externalNetworkName?: Sourced<string>;
  /** Regions with a Swift (object-store) endpoint, when the cloud lists it per region. */
  readonly swiftRegions?: Sourced<readonly string[]>;
}

const OTC_ENDPOINTS = "opentelekomcloud-docs/regions-and-endpoints doc/source/index.rst";

/** The per-cloud table. */
export const CLOUDS: Readonly<Partial<Record<ProviderId, CloudDefaults>>> = {
  otc: {
    // IAM endpoint iam.<region>.otc.t-systems.com (HTTPS) per region; Keystone v3 path as in OTC's
    // own Terraform provider docs (auth_url = "https://iam.eu-de.otc.t-systems.com/v3").
    authUrl: (r) =>
      ["eu-de", "eu-nl"].includes(r.code)
        ? {
            value: `https://iam.${r.code}.otc.t-systems.com/v3`,
            source: `${OTC_ENDPOINTS}; opentelekomcloud/terraform-provider-opentelekomcloud docs/index.md`,
          }
        : undefined,
    // The default floating-IP pool of OTC's Neutron API.
    externalNetworkName: {
      value: "admin_external_net",
      source: "opentelekomcloud/terraform-provider-opentelekomcloud docs/resources/networking_floatingip_v2.md",
    },
    // Object Storage Service: a Swift endpoint (swift.eu-de.otc.t-systems.com) is listed for eu-de only.
    swiftRegions: { value: ["eu-de"], source: OTC_ENDPOINTS },
  },
  cleura: {
    // RC file: OS_AUTH_URL=https://{{api_region|lower}}.{{api_domain}}:5000 with api_domain citycloud.com.
    authUrl: (r) => ({
      value: `https://${r.code.toLowerCase()}.citycloud.com:5000`,
      source: "cleura/docs docs/howto/getting-started/enable-openstack-cli.md; cleura/docs mkdocs.yml (api_domain)",
    }),
    externalNetworkName: { value: "ext-net", source: "cleura/docs docs/howto/openstack/neutron/new-network.md" },
  },
  "pluscloud-open": {
    // Each environment has its own Keystone: https://prodN.api.pco.get-cloud.io:5000.
    authUrl: (r) => {
      const env = r.apiCodes?.virtualMachine;
      return env === undefined
        ? undefined
        : {
            value: `https://${env}.api.pco.get-cloud.io:5000`,
            source: "https://docs.plusserver.com/en/compute/pluscloudopen/introduction/environments",
          };
    },
  },
  ovhcloud: {
    // Secondary: public Terraform/OpenStack configurations for OVHcloud Public Cloud.
    authUrl: () => ({
      value: "https://auth.cloud.ovh.net/v3",
      source: "public IaC, e.g. deepsquare-io/ClusterFactory terraform/ovh/examples/gra9/provider.tf (secondary)",
    }),
  },
};
