import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GcpNetworkData } from "../../../src/drivers/gcp/network";
import { gcpDriver } from "../../../src/drivers/gcp/index";
import {
  customTypes,
  ofType,
  onDefaultProvider,
  one,
  recorded,
  resetRecorded,
  setConfig,
  settle,
  useMocks,
  valueOf,
} from "../../helpers/pulumi";
import { networkSpec, placement, PROJECT, scope, T } from "./fixtures";

const CONFIG = { "gcp:project": PROJECT };

beforeAll(async () => {
  await useMocks(CONFIG);
});
beforeEach(() => {
  resetRecorded();
  setConfig(CONFIG);
});

describe("gcp network", () => {
  it("creates its provider, a VPC, one subnetwork and one firewall rule per ingress rule, all on that provider", async () => {
    gcpDriver.network(networkSpec(), scope("web"));
    await settle();
    expect(customTypes()).toEqual([T.provider, T.network, T.subnet, T.firewall, T.firewall, T.firewall, T.firewall].sort());
    expect(one(T.provider).inputs.region).toBe("europe-west3");
    for (const r of recorded.filter((r) => r.custom && r.type !== T.provider)) {
      expect(r.provider, r.type).toContain("pulumi:providers:gcp::gcp-europe-west3");
      expect(r.options.parent, r.type).toContain("test:index:Parent");
      expect(r.name.startsWith("web"), r.name).toBe(true);
    }
    expect(onDefaultProvider()).toEqual([]);
  });

  it("makes a custom-mode, regionally routed VPC", async () => {
    gcpDriver.network(networkSpec(), scope("web"));
    await settle();
    const net = one(T.network).inputs;
    expect(net.autoCreateSubnetworks).toBe(false);
    expect(net.routingMode).toBe("REGIONAL");
  });

  it("places the subnetwork in the target region with the spec's CIDR, Private Google Access and flow logs", async () => {
    gcpDriver.network(networkSpec(), scope("web", placement("europe-west1")));
    await settle();
    const sub = one(T.subnet).inputs;
    expect(sub.region).toBe("europe-west1");
    expect(sub.ipCidrRange).toBe("10.0.1.0/24");
    expect(sub.network).toBe("web-id");
    expect(sub.privateIpGoogleAccess).toBe(true);
    expect(sub.logConfig).toEqual({ aggregationInterval: "INTERVAL_5_SEC", flowSampling: 0.5, metadata: "INCLUDE_ALL_METADATA" });
  });

  it("records no flow logs when overrides turn them off", async () => {
    gcpDriver.network(networkSpec({ overrides: { gcp: { flowLogs: false } } }), scope("web"));
    await settle();
    expect(one(T.subnet).inputs.logConfig).toBeUndefined();
    for (const f of ofType(T.firewall)) expect(f.inputs.logConfig).toBeUndefined();
  });

  it("opens each ingress rule only from its source, only on its ports, only to VMs with the network's tag", async () => {
    gcpDriver.network(networkSpec(), scope("web"));
    await settle();
    const rules = Object.fromEntries(ofType(T.firewall).map((f) => [f.name, f.inputs]));
    expect(Object.keys(rules).sort()).toEqual(["web-ingress-0", "web-ingress-1", "web-ingress-2", "web-ingress-3"]);
    for (const r of Object.values(rules)) {
      expect(r.direction).toBe("INGRESS");
      expect(r.network).toBe("web-id");
      expect(r.targetTags).toEqual(["sc-web"]);
      expect(r.denies).toBeUndefined();
    }
    expect(rules["web-ingress-0"]!.sourceRanges).toEqual(["0.0.0.0/0"]);
    expect(rules["web-ingress-0"]!.allows).toEqual([{ protocol: "tcp", ports: ["443"] }]);
    expect(rules["web-ingress-1"]!.sourceRanges).toEqual(["198.51.100.0/24"]);
    expect(rules["web-ingress-1"]!.allows).toEqual([{ protocol: "tcp", ports: ["22"] }]);
    expect(rules["web-ingress-2"]!.allows).toEqual([{ protocol: "udp", ports: ["60000-61000"] }]);
    expect(rules["web-ingress-3"]!.allows).toEqual([{ protocol: "icmp" }]);
    expect(rules["web-ingress-3"]!.sourceRanges).toEqual(["10.0.0.0/8"]);
  });

  it("creates no firewall rule at all when nothing is to be opened (GCP denies ingress by default)", async () => {
    const result = gcpDriver.network(networkSpec({ ingress: [] }), scope("web"));
    await settle();
    expect(ofType(T.firewall)).toEqual([]);
    expect(await valueOf(result.firewallId)).toBe("sc-web");
  });

  it("hands VMs the network and subnetwork ids, the target tag and the region", async () => {
    const result = gcpDriver.network(networkSpec(), scope("web"));
    await settle();
    expect(result.handle.driver).toBe("gcp");
    expect(result.handle.placement.region.code).toBe("europe-west3");
    const data = result.handle.data as GcpNetworkData;
    expect(data.targetTag).toBe("sc-web");
    expect(data.region).toBe("europe-west3");
    expect(data.project).toBe(PROJECT);
    expect(await valueOf(data.subnetworkId)).toBe("web-subnet-id");
    expect(await valueOf(data.networkId)).toBe("web-id");
    expect(await valueOf(result.networkId)).toBe("web-id");
    expect(await valueOf(result.subnetId)).toBe("web-subnet-id");
    expect(await valueOf(result.firewallId)).toBe("sc-web");
  });
});
