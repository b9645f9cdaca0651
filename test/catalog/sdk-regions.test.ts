/**
 * Catalog cross-check: every region list an installed SDK ships is in the catalog, and every catalog
 * region is in the SDK's list or its absence is explained here. A new region in an SDK update, or a
 * catalog region an SDK drops, fails this test until the catalog (with a source) or the explanation
 * below is updated.
 *
 * What each installed package ships (checked 2026-12-03):
 * - AWS: the SDK's partitions data (`@aws-sdk/core`, dist-es/.../util-endpoints/lib/aws/partitions.js:
 *   partition, region code, description) and @pulumi/aws's `aws.Region` enum. Both are checked both ways.
 * - @pulumi/azure-native: no enum of Azure regions for `location` (a free string). Two service enums
 *   name regions: `migrate.AzureLocation` (Azure Migrate assessment targets, PascalCase) and
 *   `weightsandbiases.Region` (where that marketplace service runs). Both are checked both ways, with
 *   the entries that are not public-cloud regions (Azure Government, Azure China, national clouds,
 *   the closed Microsoft Cloud Deutschland) explained; a scan of every azure-native enum keeps the
 *   list of region-bearing enums honest.
 * - @pulumi/gcp, @pulumiverse/scaleway, @ovhcloud/pulumi-ovh, @pulumi/hcloud, @pulumi/openstack: no
 *   enum or list of regions, locations or zones (their `region`/`location`/`zone` inputs are free
 *   strings; region names appear only in doc-comment examples). Nothing to cross-check; the last test
 *   fails if one of them starts shipping enums, so this header cannot go stale silently.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as aws from "@pulumi/aws";
import { describe, expect, it } from "vitest";
import { regionsOf } from "../../src/catalog/regions/index";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

interface Partition {
  id: string;
  regions: Record<string, { description: string }>;
}

function awsSdkPartitions(): Partition[] {
  const text = readFileSync(join(packageDir("@aws-sdk/core"), "dist-es/submodules/client/util-endpoints/lib/aws/partitions.js"), "utf8");
  return (JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as { partitions: Partition[] }).partitions;
}

/** `<partition>-global` entries are each partition's global endpoint, not a place to deploy. */
const isGlobalEndpoint = (code: string) => code.endsWith("-global");

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

describe("AWS: the catalog and the SDKs name the same regions", () => {
  const partitions = awsSdkPartitions();
  const sdk = new Set(partitions.flatMap((p) => Object.keys(p.regions)).filter((c) => !isGlobalEndpoint(c)));
  const enumRegions = new Set(Object.values(aws.Region) as string[]);
  const catalog = new Set(regionsOf("aws").map((r) => r.code));

  it("reads a plausible amount of SDK data (the parser did not silently find nothing)", () => {
    expect(sdk.size).toBeGreaterThan(40);
    expect(enumRegions.size).toBeGreaterThan(40);
    expect(sdk.has("eusc-de-east-1") && enumRegions.has("eu-central-1")).toBe(true);
  });

  it("has every region of the SDK partitions data", () => {
    expect(sorted([...sdk].filter((c) => !catalog.has(c)))).toEqual([]);
  });

  it("has every region of @pulumi/aws's aws.Region enum", () => {
    expect(sorted([...enumRegions].filter((c) => !catalog.has(c)))).toEqual([]);
  });

  it("has no region that neither SDK knows", () => {
    expect(sorted([...catalog].filter((c) => !sdk.has(c) && !enumRegions.has(c)))).toEqual([]);
  });

  it("says so where the SDK data and the aws.Region enum disagree", () => {
    const onlyInSdk = sorted([...sdk].filter((c) => !enumRegions.has(c)));
    expect(sorted([...enumRegions].filter((c) => !sdk.has(c)))).toEqual([]);
    for (const code of onlyInSdk) {
      expect(regionsOf("aws").find((r) => r.code === code)!.notes, code).toContain("Not yet in @pulumi/aws");
    }
  });

  it("puts each region in the SDK's partition, with the SDK's description", () => {
    for (const p of partitions) {
      for (const [code, { description }] of Object.entries(p.regions)) {
        if (isGlobalEndpoint(code)) continue;
        const r = regionsOf("aws").find((x) => x.code === code)!;
        expect(r.partition, code).toBe(p.id);
        // The catalog's display name is the SDK's description, or for the ESC its fuller name.
        expect(r.displayName === description || code === "eusc-de-east-1", `${code}: "${r.displayName}" vs "${description}"`).toBe(true);
      }
    }
  });
});

/** azure-native enum entries that are not regions of Azure's public cloud, each with the reason. */
const AZURE_NOT_PUBLIC_REGIONS: Readonly<Record<string, string>> = {
  unknown: "placeholder value of the enum, not a region",
  germanycentral: "Microsoft Cloud Deutschland (separate sovereign cloud, closed in 2021): not in Microsoft's regions list",
  germanynortheast: "Microsoft Cloud Deutschland (separate sovereign cloud, closed in 2021): not in Microsoft's regions list",
  chinanorth: "Azure operated by 21Vianet in China: a separate cloud, not in Microsoft's regions list",
  chinaeast: "Azure operated by 21Vianet in China: a separate cloud, not in Microsoft's regions list",
  chinanorth2: "Azure operated by 21Vianet in China: a separate cloud, not in Microsoft's regions list",
  chinaeast2: "Azure operated by 21Vianet in China: a separate cloud, not in Microsoft's regions list",
  usgovarizona: "Azure Government: a separate cloud for US government customers",
  usgovtexas: "Azure Government: a separate cloud for US government customers",
  usgoviowa: "Azure Government: a separate cloud for US government customers",
  usgovvirginia: "Azure Government: a separate cloud for US government customers",
  usdodcentral: "Azure Government (DoD): a separate cloud for US government customers",
  usdodeast: "Azure Government (DoD): a separate cloud for US government customers",
  usnateast: "US national (classified) cloud",
  usnatwest: "US national (classified) cloud",
  usseceast: "US national (classified) cloud",
  usseccentral: "US national (classified) cloud",
  ussecwest: "US national (classified) cloud",
  jioindiawest: "restricted region for Reliance Jio customers: not in Microsoft's regions list read",
};

/** Catalog regions missing from azure-native 3.28's migrate.AzureLocation enum, each with the reason. */
const AZURE_NOT_IN_MIGRATE_ENUM: Readonly<Record<string, string>> = {
  austriaeast: "opened after the enum was generated",
  belgiumcentral: "opened after the enum was generated",
  denmarkeast: "generally available since 2026-03-23, after the enum was generated",
  swedensouth: "restricted pair of Sweden Central; the enum lists neither restricted pair regions consistently",
  finlandcentral: "announced only (status unconfirmed in the catalog)",
  greececentral: "announced only (status unconfirmed in the catalog)",
  brazilsoutheast: "restricted pair of Brazil South, absent from the enum",
  chilecentral: "opened after the enum was generated",
  indonesiacentral: "opened after the enum was generated",
  malaysiawest: "opened after the enum was generated",
  westus3: "absent from the enum",
};

function enumValues(modulePath: string, name: string): string[] {
  const mod = require(modulePath) as Record<string, Record<string, string>>;
  return Object.values(mod[name]!).map((v) => v.toLowerCase());
}

describe("Azure: the catalog and azure-native's region enums agree", () => {
  const catalog = new Set(regionsOf("azure").map((r) => r.code));
  const migrate = enumValues("@pulumi/azure-native/types/enums/migrate", "AzureLocation");
  const wandb = enumValues("@pulumi/azure-native/types/enums/weightsandbiases", "Region");

  it("has every public-cloud region of migrate.AzureLocation, and explains the others", () => {
    expect(migrate.length).toBeGreaterThan(50);
    expect(sorted(migrate.filter((c) => !catalog.has(c) && !(c in AZURE_NOT_PUBLIC_REGIONS)))).toEqual([]);
    // An explanation for an entry the catalog has (or the enum lost) is stale.
    expect(sorted(Object.keys(AZURE_NOT_PUBLIC_REGIONS).filter((c) => catalog.has(c) || !migrate.includes(c)))).toEqual([]);
  });

  it("has only regions of migrate.AzureLocation, except the ones explained", () => {
    expect(sorted([...catalog].filter((c) => !migrate.includes(c) && !(c in AZURE_NOT_IN_MIGRATE_ENUM)))).toEqual([]);
    expect(sorted(Object.keys(AZURE_NOT_IN_MIGRATE_ENUM).filter((c) => migrate.includes(c) || !catalog.has(c)))).toEqual([]);
  });

  it("has every region of weightsandbiases.Region", () => {
    expect(wandb.length).toBeGreaterThan(3);
    expect(sorted(wandb.filter((c) => !catalog.has(c)))).toEqual([]);
  });

  it("knows every azure-native enum that lists regions", () => {
    // An enum naming West Europe is a region list; a new one must be added to this cross-check.
    const root = join(packageDir("@pulumi/azure-native"), "types/enums");
    const found: string[] = [];
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      const file = join(root, dir.name, "index.d.ts");
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      if (!/"westeurope"/i.test(text)) continue;
      for (const m of text.matchAll(/export declare const (\w+): \{([^}]*)\}/g))
        if (/"westeurope"/i.test(m[2]!)) found.push(`${dir.name}.${m[1]}`);
    }
    expect(sorted(found)).toEqual(["migrate.AzureLocation", "weightsandbiases.Region"]);
  });
});

describe("the other installed provider SDKs ship no region list", () => {
  it.each(["@pulumi/gcp", "@pulumiverse/scaleway", "@ovhcloud/pulumi-ovh", "@pulumi/hcloud", "@pulumi/openstack"])(
    "%s has no enums",
    (name) => {
      const dir = packageDir(name);
      expect(existsSync(join(dir, "types/enums")), `${name} now ships enums: look for a region list and add it to this cross-check`).toBe(
        false,
      );
    },
  );
});
