/** P1's two providers: stack config, the portable args, and the hand-written equivalent. */
import { Bucket, Database, Network, type BucketArgs } from "../../src/index";
import { handAwsBucket } from "./hand-aws";
import { handAwsDatabase } from "./hand-aws-database";
import { handScalewayBucket } from "./hand-scaleway";

export type P1Provider = "aws" | "scaleway" | "aws-database";
export type P1Variant = "component" | "hand";

export interface P1Case {
  /** Stack config, as in stacks/Pulumi.<stack>.yaml. */
  readonly config: Readonly<Record<string, string>>;
  readonly component: (name: string, setup?: unknown) => void;
  readonly hand: (name: string, setup?: unknown) => void;
  /** Created once per process before warm-up and timing, in both variants alike (e.g. the network databases join). */
  readonly setup?: () => unknown;
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
    hand: handAwsBucket,
  },
  scaleway: {
    config: {
      "sovereign-cloud:target": "scaleway:fr-par:fr-par-1",
      "sovereign-cloud:residency": JSON.stringify({ preset: "gaia-x-l3", encryption: "any" }),
    },
    // Scaleway cannot enforce TLS-only, so the component needs the explicit opt-out (as in the stack file).
    component: (name) => void new Bucket(name, { ...BENCH_BUCKET_ARGS, tlsOnly: false }),
    hand: handScalewayBucket,
  },
  // N Databases in one existing Network (created by the setup in both variants, outside the timing).
  "aws-database": {
    config: { "sovereign-cloud:target": "aws:eu-central-1", "sovereign-cloud:residency": "gaia-x-l2" },
    setup: () => new Network("net"),
    component: (name, net) => void new Database(name, { network: net as Network, labels: { app: "bench" } }),
    hand: (name, net) => handAwsDatabase(name, net as Network),
  },
};
