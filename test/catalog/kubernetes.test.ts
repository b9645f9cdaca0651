/** The managed-Kubernetes facts: every confirmed fact has a catalogued source, and only confirmed facts offer a cluster. */
import { describe, expect, it } from "vitest";
import { MANAGED_KUBERNETES, managedKubernetesAt, offersService } from "../../src/catalog/kubernetes";
import { findRegion, REGIONS } from "../../src/catalog/regions/index";
import { SOURCES } from "../../src/catalog/sources/index";
import type { Fact } from "../../src/catalog/types";

const facts = Object.values(MANAGED_KUBERNETES).flatMap(
  (o) => [o.versions, ...Object.values(o.regions), ...Object.values(o.apiRegions ?? {})] as Fact<unknown>[],
);

describe("managed Kubernetes facts", () => {
  it("cites a catalogued source for every confirmed fact", () => {
    for (const f of facts) if (f.confirmed) expect(Object.keys(SOURCES), JSON.stringify(f)).toContain(f.source);
  });

  it("writes versions as Kubernetes minor versions", () => {
    for (const o of Object.values(MANAGED_KUBERNETES))
      if (o.versions.confirmed) for (const v of o.versions.value) expect(v).toMatch(/^1\.\d{2}$/);
  });

  it("keys regions by catalog region codes of the same provider", () => {
    for (const o of Object.values(MANAGED_KUBERNETES)) {
      for (const code of Object.keys(o.regions)) {
        if (!REGIONS.some((r) => r.provider === o.provider && r.code === code)) continue; // listed by the source, not catalogued
        expect(findRegion(o.provider, code)?.provider).toBe(o.provider);
      }
    }
  });

  it("offers a cluster only where the service is confirmed", () => {
    expect(offersService(findRegion("aws", "eu-central-1")!, "kubernetesCluster")).toBe(true);
    expect(offersService(findRegion("aws", "eusc-de-east-1")!, "kubernetesCluster")).toBe(false);
    expect(managedKubernetesAt(findRegion("aws", "eusc-de-east-1")!).confirmed).toBe(false);
    expect(offersService(findRegion("azure", "germanywestcentral")!, "kubernetesCluster")).toBe(false);
    expect(offersService(findRegion("hetzner", "fsn1")!, "kubernetesCluster")).toBe(false);
    expect(offersService(findRegion("scaleway", "pl-waw")!, "kubernetesCluster")).toBe(true);
    // The other services keep reading the region's own list.
    expect(offersService(findRegion("hetzner", "fsn1")!, "virtualMachine")).toBe(true);
  });
});
