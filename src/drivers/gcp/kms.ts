/**
 * Customer-managed keys: a Cloud KMS key ring and key in the data's location (or a key the user
 * names), and an IAM grant so the Google service agent that encrypts the data may use the key.
 *
 * Cloud KMS key rings cannot be deleted at all: destroying one only removes it from the Pulumi
 * state (documented on gcp.kms.KeyRing). Destroying a crypto key schedules destruction of its key
 * versions, after which data encrypted with it is unreadable; the key is therefore retained with
 * the data it protects.
 */
import * as pulumi from "@pulumi/pulumi";
import type * as gcp from "@pulumi/gcp";
import type { DriverScope } from "../types";
import { childOptions } from "./provider";
import { rotationPeriod, sanitizeLabels } from "./naming";
import { sdk } from "./sdk";

export const ENCRYPTER_DECRYPTER_ROLE = "roles/cloudkms.cryptoKeyEncrypterDecrypter";
export const DEFAULT_KEY_ROTATION_DAYS = 90;

export interface KeyArgs {
  /** Cloud KMS location of the key ring (a region code). */
  readonly location: string;
  /** An existing key to use instead of creating one. */
  readonly existingKeyName?: string;
  readonly rotationDays: number;
  /** `serviceAccount:...` member that must be able to use the key. */
  readonly member: pulumi.Input<string>;
  /** Keep key ring, key and grant when the stack is destroyed. */
  readonly retainOnDelete: boolean;
}

export interface CustomerKey {
  /** Key resource name (`projects/.../cryptoKeys/...`). */
  readonly keyName: pulumi.Output<string>;
  /** Depend on this before using the key, so the service agent can already use it. */
  readonly grant: gcp.kms.CryptoKeyIAMMember;
}

/** Create (or adopt) the key and grant `member` encrypt/decrypt on it. */
export function customerKey(scope: DriverScope, provider: gcp.Provider, args: KeyArgs): CustomerKey {
  const g = sdk();
  // Data-bearing: losing the key loses the data, so the key follows the data's retainOnDelete.
  const keep = { retainOnDelete: args.retainOnDelete };
  let keyName: pulumi.Output<string>;
  if (args.existingKeyName !== undefined) {
    keyName = pulumi.output(args.existingKeyName);
  } else {
    const ring = new g.kms.KeyRing(`${scope.name}-keyring`, { location: args.location }, childOptions(scope, provider, keep));
    const key = new g.kms.CryptoKey(
      `${scope.name}-key`,
      {
        keyRing: ring.id,
        purpose: "ENCRYPT_DECRYPT",
        rotationPeriod: rotationPeriod(args.rotationDays),
        labels: sanitizeLabels(scope.labels),
      },
      childOptions(scope, provider, keep),
    );
    keyName = key.id;
  }
  // Kept with the key: a retained bucket or disk without this grant could not use its key.
  const grant = new g.kms.CryptoKeyIAMMember(
    `${scope.name}-key-user`,
    { cryptoKeyId: keyName, role: ENCRYPTER_DECRYPTER_ROLE, member: args.member },
    childOptions(scope, provider, keep),
  );
  return { keyName, grant };
}
