/**
 * @pulumi/openstack (3.15): what the policy engine knows about OpenStack resources.
 *
 * Which cloud (OTC, Cleura, pluscloud open, OVHcloud) is decided by the provider's Keystone
 * `authUrl` against the catalog (src/catalog/openstack-clouds.ts); an unknown cloud is "cannot
 * tell". Location: own `region`, else the provider's `region`, else the cloud's only region.
 * Keystone identities and roles hold no data: global.
 * Security defaults: a volume is encrypted only when its volume type has an encryption spec, which a
 * program does not show; Swift encryption at rest and instance disks are the operator's choice (see `encryption`).
 */
import { peek, str } from "../read";
import { regionAndZone, regionInput, unknownAtRest } from "./shared";
import { bridgedComponent, type PackageModule } from "./types";

export const openstackPackage: PackageModule = {
  name: "openstack",
  provider: "openstack",
  configHint: "set `region` on the resource or its provider (stack config openstack:region)",
  global: [
    ["openstack:identity/", "Keystone identities and roles hold no data"],
    ["openstack:compute/keypair:Keypair", "an SSH key pair is a public key"],
  ],
  dataBearing: [
    "openstack:objectstorage/container:Container",
    "openstack:objectstorage/containerObject:ContainerObject",
    "openstack:compute/instance:Instance",
    "openstack:blockstorage/volume:Volume",
    "openstack:db/",
  ],
  parents: [],
  own: (_type, props) => regionAndZone(props, str(props.region), "availabilityZone"),
  fromProvider: regionInput("region"),
  isComponent: bridgedComponent,
  encryption: {
    "openstack:objectstorage/container:Container": () =>
      unknownAtRest(
        "OpenStack Swift container",
        "Swift encryption at rest is an option of the cloud's operator, which the program does not show",
      ),
    "openstack:compute/instance:Instance": () =>
      unknownAtRest(
        "OpenStack instance disk",
        "its disk is encrypted only if the cloud's storage backend or the boot volume's type encrypts it, which the program does not show",
      ),
    "openstack:blockstorage/volume:Volume": (p) =>
      unknownAtRest(
        "OpenStack volume",
        `a volume is encrypted only when its volume type (${str(peek(p, "volumeType")) ?? "the default type"}) has an encryption spec, which the program does not show`,
      ),
  },
  mockOutputs(type, _name, inputs) {
    switch (type) {
      case "openstack:compute/instance:Instance":
        return { accessIpV4: "10.0.1.30", availabilityZone: inputs.availabilityZone ?? "" };
      case "openstack:networking/floatingIp:FloatingIp":
        return { address: "203.0.113.50" };
      default:
        return undefined;
    }
  },
  invokeResult(token, inputs) {
    switch (token) {
      case "openstack:networking/getNetwork:getNetwork":
        // The external network a router's gateway and floating IPs use, found by id or by name.
        return {
          ...inputs,
          id:
            inputs.networkId ??
            `net-${String(inputs.name)
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, "-")}`,
          name: inputs.name ?? "public",
          external: true,
        };
      case "openstack:images/getImage:getImage":
        return {
          ...inputs,
          id: `image-${String(inputs.name)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")}`,
        };
      case "openstack:identity/getAuthScope:getAuthScope":
        // A Keystone catalog with one object-store endpoint in the region asked for.
        return {
          id: "offline",
          name: inputs.name,
          region: inputs.region ?? "",
          projectId: "0123456789abcdef",
          roles: [],
          serviceCatalogs: [
            {
              id: "swift",
              name: "swift",
              type: "object-store",
              endpoints: [
                {
                  id: "swift-public",
                  interface: "public",
                  region: inputs.region ?? "",
                  regionId: inputs.region ?? "",
                  url: `https://object-store.${String(inputs.region ?? "").toLowerCase()}.example/v1/AUTH_0123456789abcdef`,
                },
              ],
            },
          ],
        };
      default:
        return undefined;
    }
  },
  remediation: {
    "data-location":
      "Point the openstack.Provider at a catalog cloud (authUrl) and set `region` on it or the resource to a region the contract allows.",
    "provider-control": "Use a cloud whose operator is EU-controlled by catalog fact, and give its provider an authUrl the catalog knows.",
    "encryption-at-rest": "Use a volume type with an encryption spec (ask your cloud's operator which), or encrypt inside the server.",
    "tls-only": "Swift's TLS depends on the cloud's object-store endpoint: use its HTTPS endpoint.",
    "admin-ports": "Set remoteIpPrefix on security group rules for admin ports to your admin range.",
    "no-force-destroy": "Remove forceDestroy from the container and set the retainOnDelete resource option.",
  },
};
