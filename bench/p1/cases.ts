/**
 * P1's cases (AWS and Scaleway buckets, AWS databases): stack config, the portable args, and the
 * hand-written equivalents: the same
 * child resources registered directly (`hand`), and the same children inside a hand-written
 * `ComponentResource` that registers the same outputs as `Bucket` minus the residency record
 * (`hand-component`, the fair anchor: what writing the component yourself costs).
 */
import * as pulumi from "@pulumi/pulumi";
import { Bucket, Database, Network, type BucketArgs } from "../../src/index";
import { handAwsBucket, type HandBucketOutputs } from "./hand-aws";
import { handAwsDatabase, type HandDatabaseOutputs } from "./hand-aws-database";
import { handScalewayBucket } from "./hand-scaleway";

export type P1Provider = "aws" | "scaleway" | "aws-database";
export type P1Variant = "component" | "hand" | "hand-component";

export interface P1Case {
  /** Stack config, as in stacks/Pulumi.<stack>.yaml. */
  readonly config: Readonly<Record<string, string>>;
  readonly component: (name: string, setup?: unknown) => void;
  readonly hand: (name: string, setup?: unknown) => void;
  /** The fair anchor: the same children inside a hand-written component. */
  readonly "hand-component"?: (name: string, setup?: unknown) => void;
  /** Created once per process before warm-up and timing, in every variant alike (e.g. the network databases join). */
  readonly setup?: () => unknown;
}

/** A component a user would write for the same bucket: children parented to it, outputs registered. */
class HandWrittenBucket extends pulumi.ComponentResource {
  readonly bucketName: pulumi.Output<string>;
  readonly bucketId: pulumi.Output<string>;
  readonly endpoint: pulumi.Output<string>;
  readonly region: pulumi.Output<string>;

  constructor(name: string, region: string, children: (name: string, parent: pulumi.Resource) => HandBucketOutputs) {
    super("bench:index:HandWrittenBucket", name, {}, {});
    const out = children(name, this);
    this.bucketName = out.bucketName;
    this.bucketId = out.bucketId;
    this.endpoint = out.endpoint;
    this.region = pulumi.output(region);
    this.registerOutputs({ bucketName: this.bucketName, bucketId: this.bucketId, endpoint: this.endpoint, region: this.region });
  }
}

/**
 * A component a user would write for the same database: its own children parented to it, the same
 * outputs as `Database` minus the residency record. The database subnets and subnet group stay where
 * the real component puts them (the network's, created with the first database), not under it.
 */
class HandWrittenDatabase extends pulumi.ComponentResource {
  readonly instanceId: pulumi.Output<string>;
  readonly host: pulumi.Output<string>;
  readonly port: pulumi.Output<number>;
  readonly version: pulumi.Output<number>;
  readonly instanceClass: pulumi.Output<string>;
  readonly adminUsername: pulumi.Output<string>;
  readonly replicaIds: pulumi.Output<string[]>;
  readonly region: pulumi.Output<string>;

  constructor(name: string, net: Network, children: (name: string, net: Network, parent: pulumi.Resource) => HandDatabaseOutputs) {
    super("bench:index:HandWrittenDatabase", name, {}, {});
    const out = children(name, net, this);
    this.instanceId = out.instanceId;
    this.host = out.host;
    this.port = out.port;
    this.version = pulumi.output(16);
    this.instanceClass = pulumi.output("db.t4g.medium");
    this.adminUsername = pulumi.output("sovereign");
    this.replicaIds = pulumi.all([] as pulumi.Output<string>[]);
    this.region = pulumi.output("eu-central-1");
    this.registerOutputs({
      instanceId: this.instanceId,
      host: this.host,
      port: this.port,
      version: this.version,
      instanceClass: this.instanceClass,
      adminUsername: this.adminUsername,
      replicaIds: this.replicaIds,
      region: this.region,
    });
  }
}

/** The reference program's documents bucket: retention, lifecycle, labels. */
export const BENCH_BUCKET_ARGS: BucketArgs = {
  retentionDays: 30,
  lifecycle: { coldAfterDays: 90, noncurrentExpireAfterDays: 365 },
  labels: { app: "bench" },
};

export const P1_CASES: Readonly<Record<P1Provider, P1Case>> = {
  aws: {
    config: { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "gaia-x-l2" },
    component: (name) => void new Bucket(name, BENCH_BUCKET_ARGS),
    hand: (name) => void handAwsBucket(name),
    "hand-component": (name) => void new HandWrittenBucket(name, "eu-central-1", handAwsBucket),
  },
  scaleway: {
    config: {
      "sovereign-cloud:target": "scaleway:fr-par:fr-par-1",
      "sovereign-cloud:residency": JSON.stringify({ preset: "gaia-x-l3", encryption: "any" }),
    },
    // Scaleway cannot enforce TLS-only, so the component needs the explicit opt-out (as in the stack file).
    component: (name) => void new Bucket(name, { ...BENCH_BUCKET_ARGS, tlsOnly: false }),
    hand: (name) => void handScalewayBucket(name),
    "hand-component": (name) => void new HandWrittenBucket(name, "fr-par", handScalewayBucket),
  },
  // N Databases in one existing Network (created by the setup in every variant, outside the timing).
  "aws-database": {
    config: { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "gaia-x-l2" },
    setup: () => new Network("net"),
    component: (name, net) => void new Database(name, { network: net as Network, labels: { app: "bench" } }),
    hand: (name, net) => void handAwsDatabase(name, net as Network),
    "hand-component": (name, net) => void new HandWrittenDatabase(name, net as Network, handAwsDatabase),
  },
};
