/**
 * Portable images on AWS as SSM public parameter paths. Each resolves, per Region, to the current
 * AMI id of the publisher's image (x86-64, EBS-backed).
 *
 * - ubuntu-24.04: Canonical documents the path grammar
 *   `/aws/service/canonical/ubuntu/$PRODUCT/$RELEASE/stable/current/$ARCH/$VIRT_TYPE/$VOL_TYPE/ami-id`
 *   with `ebs-gp3` for releases >= 23.10 (primary); 24.04 is filled into that grammar.
 * - debian-12: the Debian cloud team's parameter `/aws/service/debian/release/12/latest/amd64`; no
 *   Debian page stating it was found, only its wide use in public IaC (secondary).
 *
 * Whether either publisher has these parameters in the aws-eusc partition is UNCONFIRMED (Canonical
 * lists publisher ids only for the default, GovCloud and China partitions); pin an AMI with
 * `overrides.aws.ami` there if the lookup fails.
 *
 * The driver does not pass `resolve:ssm:<path>` as the instance's `ami`: terraform-provider-aws (and
 * so @pulumi/aws) then plans a replacement on every run (hashicorp/terraform-provider-aws#43364).
 */
import type { ImageTable } from "./types";
import { fact } from "../types";

export const AWS_IMAGES: ImageTable = {
  "debian-12": fact(
    "/aws/service/debian/release/12/latest/amd64",
    "debian-ssm-public-iac",
    "x86-64; the bookworm alias is /aws/service/debian/release/bookworm/latest/amd64",
  ),
  "ubuntu-24.04": fact(
    "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id",
    "canonical-ubuntu-aws-ssm",
    "Canonical's documented path grammar with RELEASE=24.04, ARCH=amd64, VOL_TYPE=ebs-gp3",
  ),
};
