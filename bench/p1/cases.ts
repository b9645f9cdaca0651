/** P1's two providers: stack config, the portable args, and the hand-written equivalent. */
import { Bucket, type BucketArgs } from "../../src/index";
import { handAwsBucket } from "./hand-aws";
import { handScalewayBucket } from "./hand-scaleway";

export type P1Provider = "aws" | "scaleway";
export type P1Variant = "component" | "hand";

export interface P1Case {
  /** Stack config, as in stacks/Pulumi.<stack>.yaml. */
  readonly config: Readonly<Record<string, string>>;
  readonly component: (name: string) => void;
  readonly hand: (name: string) => void;
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
};
