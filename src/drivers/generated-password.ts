/**
 * A first-user password for providers that need one and have no managed credential (Scaleway RDB,
 * Trove), when the user gives none: 24 random bytes (base64url) plus one character of each class
 * the providers' password rules ask for. It is a Pulumi secret, and the resource ignores later
 * changes of it (`ignoreChanges`), so the value drawn at creation is the one the provider and the
 * (encrypted) Pulumi state keep; every later run draws a new value that is never sent. Read it with
 * `pulumi stack export --show-secrets`, or reset it in the provider's console.
 */
import { randomBytes } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";

export function generatedPassword(): pulumi.Output<string> {
  return pulumi.secret(`${randomBytes(24).toString("base64url")}Aa1!`);
}
